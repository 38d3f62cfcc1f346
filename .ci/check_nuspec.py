"""Checks a packed .nupkg's metadata as nuget.org shows it: id and version, a README and the
license file inside, a description and tags, the project URL; for DataPlatform.Contracts.Testing
a dependency on DataPlatform.Contracts of the same version with all its assets (generator,
analyzers, PackCharm target); for the templates the Template package type.
Usage: check_nuspec.py NUPKG ID VERSION"""
import sys
import xml.etree.ElementTree as ET
import zipfile

path, package_id, version = sys.argv[1:4]
errors = []
with zipfile.ZipFile(path) as z:
    names = set(z.namelist())
    nuspec = ET.fromstring(z.read(f"{package_id}.nuspec"))
ns = {"n": nuspec.tag.split("}")[0].strip("{")}
meta = nuspec.find("n:metadata", ns)
text = lambda tag: (meta.findtext(f"n:{tag}", default="", namespaces=ns) or "").strip()
if text("id") != package_id or text("version") != version:
    errors.append(f"id/version {text('id')} {text('version')}")
for tag in ("description", "tags", "projectUrl", "readme", "license"):
    if not text(tag):
        errors.append(f"no {tag}")
for name in (text("readme"), text("license")):
    if name and name not in names:
        errors.append(f"{name} is not in the package")
dependencies = {d.get("id"): d for d in meta.iter(f"{{{ns['n']}}}dependency")}
if package_id == "DataPlatform.Contracts.Testing":
    d = dependencies.get("DataPlatform.Contracts")
    if d is None or d.get("version") != version or d.get("exclude") or d.get("include") != "All":
        errors.append(f"dependency on DataPlatform.Contracts: {None if d is None else d.attrib}")
if package_id == "DataPlatform.Contracts.Templates":
    types = [t.get("name") for t in meta.iter(f"{{{ns['n']}}}packageType")]
    if types != ["Template"] or dependencies:
        errors.append(f"package types {types}, dependencies {list(dependencies)}")
if errors:
    sys.exit(f"ci: {path}: " + "; ".join(errors))
print(f"package: {package_id} {version}: metadata ok")
