"""Stage logic in plain Python: typed models in and out, no Prefect import."""
