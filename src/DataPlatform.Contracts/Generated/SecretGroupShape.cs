namespace DataPlatform.Contracts.Generated;

/// <summary>One secret group of a model: its members, kept in one Juju secret, and the pointer to it (none for peers).</summary>
internal sealed record SecretGroupShape(string Name, ModelMember[] Members, ModelMember? Pointer);
