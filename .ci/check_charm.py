"""Checks a packed .charm (docs/packing.md): exactly the expected entries, each a regular file
with a unix mode, dispatch an executable ELF binary (0755), every other entry 0644 and not
executable, and prints its size. Usage: check_charm.py CHARM ENTRY..."""
import stat
import sys
import zipfile

charm, expected = sys.argv[1], sorted(sys.argv[2:])
errors = []
with zipfile.ZipFile(charm) as z:
    names = sorted(i.filename for i in z.infolist())
    if names != expected:
        errors.append(f"entries {names}, expected {expected}")
    for info in z.infolist():
        mode = info.external_attr >> 16
        if info.create_system != 3 or not stat.S_ISREG(mode):
            errors.append(f"{info.filename}: no unix regular-file mode (system {info.create_system}, mode {oct(mode)})")
            continue
        want = 0o755 if info.filename == "dispatch" else 0o644
        if stat.S_IMODE(mode) != want:
            errors.append(f"{info.filename}: mode {oct(stat.S_IMODE(mode))}, expected {oct(want)}")
    if "dispatch" in names and z.read("dispatch")[:4] != b"\x7fELF":
        errors.append("dispatch is not an ELF binary")
    for name in ("metadata.yaml", "manifest.yaml"):
        if name in names and not z.read(name).strip():
            errors.append(f"{name} is empty")
    sizes = ", ".join(f"{i.filename} {i.file_size}" for i in z.infolist())
if errors:
    print(f"ci: {charm}: " + "; ".join(errors))
    sys.exit(1)
import os
print(f"charm: {os.path.basename(charm)}: {os.path.getsize(charm)} bytes ({sizes})")
