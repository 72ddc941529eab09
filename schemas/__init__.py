"""pandera (polars backend) models of every warehouse table, and batch validation."""
