//! The files a static host needs besides the pages: `.nojekyll`, `robots.txt`, `sitemap.xml`,
//! the Atom feed and `CNAME`.

use crate::load::Site;

impl Site {
    /// The files a static host needs besides the pages: `.nojekyll` (GitHub Pages would
    /// otherwise drop files whose names start with `_`), `robots.txt`, `sitemap.xml`, the Atom
    /// feed and `CNAME` for a custom domain.
    pub fn extra_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![(".nojekyll".to_string(), Vec::new())];
        // Sitemaps and robots.txt take absolute URLs only: with a base URL that names no host
        // (`/`, for a local preview), a sitemap would be invalid, so there is none.
        let absolute = self.urls.base.contains("://");
        let mut robots = String::from("User-agent: *\nAllow: /\n");
        if absolute {
            let sitemap_url = self.urls.absolute("sitemap.xml");
            robots.push_str(&format!("\nSitemap: {sitemap_url}\n"));
            if !self.config.languages.is_empty() {
                files.push((
                    "sitemap.xml".into(),
                    self.sitemap_in_languages().into_bytes(),
                ));
                files.push(("robots.txt".into(), robots.into_bytes()));
                files.extend(self.language_files());
                files.extend(self.data_files());
                files.extend(self.cname_file());
                return files;
            }
            let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            let mut locations: Vec<String> = self
                .page_list()
                .iter()
                .filter(|(kind, _)| !matches!(kind, crate::render::PageKind::NotFound))
                .map(|(_, file)| self.urls.file_absolute(file))
                .collect();
            // Page order follows the content's order; sorted, the sitemap is the same on every build.
            locations.sort();
            locations.dedup();
            for location in locations {
                sitemap.push_str("  <url><loc>");
                sitemap.push_str(&crate::render::escape::escaped(&location));
                sitemap.push_str("</loc></url>\n");
            }
            sitemap.push_str("</urlset>\n");
            files.push(("sitemap.xml".into(), sitemap.into_bytes()));
        }
        files.push(("robots.txt".into(), robots.into_bytes()));
        files.push((
            crate::render::feed::FEED_PATH.to_string(),
            crate::render::feed::atom(self).into_bytes(),
        ));
        files.extend(self.data_files());
        files.extend(
            crate::render::feed::subject_feeds(self)
                .into_iter()
                .map(|(path, xml)| (path, xml.into_bytes())),
        );
        files.extend(self.cname_file());
        files
    }

    /// `CNAME`, for a custom domain.
    fn cname_file(&self) -> Option<(String, Vec<u8>)> {
        let domain = self.config.cname.as_deref().map(str::trim)?;
        (!domain.is_empty()).then(|| ("CNAME".into(), format!("{domain}\n").into_bytes()))
    }

    /// The files of one language besides its pages, relative to its folder: the site's Atom
    /// feed and the feeds of each instrument, theme and term.
    pub fn language_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![(
            crate::render::feed::FEED_PATH.to_string(),
            crate::render::feed::atom(self).into_bytes(),
        )];
        files.extend(
            crate::render::feed::subject_feeds(self)
                .into_iter()
                .map(|(path, xml)| (path, xml.into_bytes())),
        );
        files
    }
}
