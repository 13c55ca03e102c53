"""Guard against the PySide6 release whose signal emission corrupts reference counts (6.12.0):
a session with many signals would crash when Python shuts down. See pyproject.toml."""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Sender(QObject):
    value = Signal(object)

app = QCoreApplication([])
sender = Sender()
sender.value.connect(lambda v: None)
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(200_000):
    sender.value.emit(None)
    sender.value.emit(1)
print(sys.getrefcount(None) - before[0], sys.getrefcount(True) - before[1])
"""


def test_many_signal_emissions_keep_reference_counts() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    none_delta, true_delta = (int(x) for x in result.stdout.split())
    assert abs(none_delta) < 1000 and abs(true_delta) < 1000
