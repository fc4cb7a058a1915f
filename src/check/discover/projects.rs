//! A project's name used as an attribute of another noun: "the OSCE Project Coordinator" is
//! an office that runs projects, no project's name. A name that ends in "Project" and goes on
//! with a capitalised word is the first part of another's title, not a project.

use super::Candidate;

/// Drops the names ending in "Project" (or "Projects") that a capitalised word follows.
pub(super) fn drop_project_offices(text: &str, names: &mut Vec<Candidate>) {
    names.retain(|n| {
        let written = &text[n.start..n.end];
        let project = written.ends_with("Project") || written.ends_with("Projects");
        let goes_on = text[n.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        !(project && goes_on)
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_project_s_office_is_no_project() {
        assert_eq!(
            names("the construction of the East African Crude Oil Pipeline Project was on track"),
            ["East African Crude Oil Pipeline Project"]
        );
        assert!(names("He met the OSCE Project Coordinator in the capital")
            .iter()
            .all(|n| !n.ends_with("Project")));
    }
}
