"""The core and library layers stay free of Qt (DEVELOPERS.md's layer rule)."""

import subprocess
import sys


def test_core_and_library_import_without_qt() -> None:
    code = (
        "import sys, reader.core.extract, reader.core.loader, reader.library, "
        "reader.library.importer, reader.cli; "
        "print('PySide6' in sys.modules or any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
