"""One module per dashboard page; each has TITLE and render(con)."""
