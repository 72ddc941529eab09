"""A read-only Streamlit dashboard over the published warehouse (`make dashboard`)."""
