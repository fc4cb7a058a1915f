//! A serde serializer that writes a value straight into a hasher: what [`super::KeyHasher`]
//! hashes a page's values with, without formatting them as text first.
//!
//! Every item is written with a tag of its kind and every string, sequence and map with its
//! length, so that two different values never write the same stream (as two different JSON
//! texts never do); equal values always write the same one.

use std::hash::Hasher;

use serde::ser::{self, Serialize};

/// What a value that cannot be serialized fails with; its key then hashes a mark instead.
#[derive(Debug)]
pub(super) struct Unserializable;

impl std::fmt::Display for Unserializable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value that cannot be serialized")
    }
}

impl std::error::Error for Unserializable {}

impl ser::Error for Unserializable {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unserializable
    }
}

/// Writes values into the hasher it holds.
pub(super) struct HashingSerializer<'h, H: Hasher>(pub(super) &'h mut H);

/// The tags of the kinds of items.
mod tag {
    pub(super) const BOOL: u8 = 1;
    pub(super) const SIGNED: u8 = 2;
    pub(super) const UNSIGNED: u8 = 3;
    pub(super) const FLOAT: u8 = 4;
    pub(super) const CHAR: u8 = 5;
    pub(super) const STR: u8 = 6;
    pub(super) const BYTES: u8 = 7;
    pub(super) const NONE: u8 = 8;
    pub(super) const SOME: u8 = 9;
    pub(super) const UNIT: u8 = 10;
    pub(super) const VARIANT: u8 = 11;
    pub(super) const NEWTYPE: u8 = 12;
    pub(super) const SEQ: u8 = 13;
    pub(super) const MAP: u8 = 14;
    pub(super) const STRUCT: u8 = 15;
    pub(super) const END: u8 = 16;
}

impl<H: Hasher> HashingSerializer<'_, H> {
    fn text(&mut self, kind: u8, bytes: &[u8]) {
        self.0.write_u8(kind);
        self.0.write_usize(bytes.len());
        self.0.write(bytes);
    }

    fn start(&mut self, kind: u8, length: Option<usize>) {
        self.0.write_u8(kind);
        // A length not known in advance is left out; the end tag closes the list either way.
        self.0.write_usize(length.map_or(usize::MAX, |n| n));
    }

    fn end(&mut self) -> Result<(), Unserializable> {
        self.0.write_u8(tag::END);
        Ok(())
    }
}

type Done = Result<(), Unserializable>;

impl<'a, 'h, H: Hasher> ser::Serializer for &'a mut HashingSerializer<'h, H> {
    type Ok = ();
    type Error = Unserializable;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Done {
        self.0.write_u8(tag::BOOL);
        self.0.write_u8(u8::from(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Done {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Done {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Done {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Done {
        self.0.write_u8(tag::SIGNED);
        self.0.write_i64(v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Done {
        self.0.write_u8(tag::SIGNED);
        self.0.write_i128(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Done {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Done {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Done {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Done {
        self.0.write_u8(tag::UNSIGNED);
        self.0.write_u64(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Done {
        self.0.write_u8(tag::UNSIGNED);
        self.0.write_u128(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Done {
        self.0.write_u8(tag::FLOAT);
        self.0.write_u64(v.to_bits());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Done {
        self.0.write_u8(tag::CHAR);
        self.0.write_u32(u32::from(v));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        self.text(tag::STR, v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        self.text(tag::BYTES, v);
        Ok(())
    }
    fn serialize_none(self) -> Done {
        self.0.write_u8(tag::NONE);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Done {
        self.0.write_u8(tag::SOME);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.0.write_u8(tag::UNIT);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.text(tag::VARIANT, variant.as_bytes());
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        self.text(tag::NEWTYPE, variant.as_bytes());
        value.serialize(self)
    }
    fn serialize_seq(self, length: Option<usize>) -> Result<Self, Unserializable> {
        self.start(tag::SEQ, length);
        Ok(self)
    }
    fn serialize_tuple(self, length: usize) -> Result<Self, Unserializable> {
        self.serialize_seq(Some(length))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        length: usize,
    ) -> Result<Self, Unserializable> {
        self.serialize_seq(Some(length))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        length: usize,
    ) -> Result<Self, Unserializable> {
        self.text(tag::NEWTYPE, variant.as_bytes());
        self.serialize_seq(Some(length))
    }
    fn serialize_map(self, length: Option<usize>) -> Result<Self, Unserializable> {
        self.start(tag::MAP, length);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, length: usize) -> Result<Self, Unserializable> {
        self.start(tag::STRUCT, Some(length));
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        length: usize,
    ) -> Result<Self, Unserializable> {
        self.text(tag::NEWTYPE, variant.as_bytes());
        self.serialize_struct("", length)
    }
}

/// The items of sequences, tuples and their variants.
macro_rules! items {
    ($($trait:ident, $method:ident);*) => {$(
        impl<H: Hasher> ser::$trait for &mut HashingSerializer<'_, H> {
            type Ok = ();
            type Error = Unserializable;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
                value.serialize(&mut **self)
            }
            fn end(self) -> Done {
                HashingSerializer::end(self)
            }
        }
    )*};
}

items!(
    SerializeSeq, serialize_element;
    SerializeTuple, serialize_element;
    SerializeTupleStruct, serialize_field;
    SerializeTupleVariant, serialize_field
);

impl<H: Hasher> ser::SerializeMap for &mut HashingSerializer<'_, H> {
    type Ok = ();
    type Error = Unserializable;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Done {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        value.serialize(&mut **self)
    }
    fn end(self) -> Done {
        HashingSerializer::end(self)
    }
}

/// The fields of structures and their variants: named, so that a field left out
/// (`skip_serializing_if`) never makes two structures write the same stream.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl<H: Hasher> ser::$trait for &mut HashingSerializer<'_, H> {
            type Ok = ();
            type Error = Unserializable;
            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                name: &'static str,
                value: &T,
            ) -> Done {
                self.text(tag::STR, name.as_bytes());
                value.serialize(&mut **self)
            }
            fn end(self) -> Done {
                HashingSerializer::end(self)
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);
