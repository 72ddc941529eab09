"""One small module per input format; each turns decoded text into a ParsedDocument."""
