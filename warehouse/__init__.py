"""DuckDB: DDL and views as .sql files, migrations, connections, loading and run bookkeeping."""
