using System.ComponentModel;
using System.Text.Json;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Reads one member of the level that declares it from the JSON value the reader is on; a value that
/// does not fit records an issue and leaves the member as it was. Each level's shape holds its own,
/// so a read goes straight to the level of the member (docs/contributing.md#generated-code).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void MemberReader(IGeneratedModel model, ModelMember member, ref Utf8JsonReader reader, ModelReadContext context);
