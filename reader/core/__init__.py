"""Pure-Python core: loading saved pages and extracting articles. Never imports Qt."""
