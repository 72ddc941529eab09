"""Pure transforms: raw document text in, polars frames of the warehouse tables out.

Nothing here knows about Prefect or DuckDB; the only state is the NLP model, loaded once per
process.
"""

EXTRACTOR_VERSION = "0.6.2"
