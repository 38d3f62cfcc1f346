"""Writes the ```csharp blocks of a Markdown file, as written, to a C# file, so that CI compiles a
README's example exactly as a reader copies it. Fails when the file has none.
Usage: csharp_blocks.py README.md OUT.cs"""
import re
import sys

blocks = re.findall(r"^```csharp\n(.*?)^```", open(sys.argv[1], encoding="utf-8").read(), re.S | re.M)
if not blocks:
    sys.exit(f"ci: {sys.argv[1]} has no csharp block")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(blocks))
