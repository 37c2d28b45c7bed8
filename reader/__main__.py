"""`python -m reader` and the frozen bundle start here."""

import sys

from reader.app import main

if __name__ == "__main__":
    sys.exit(main())
