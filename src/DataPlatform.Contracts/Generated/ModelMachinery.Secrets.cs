using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

public static partial class ModelMachinery
{
    // One Juju secret per group: its members' values as content keys, its URI in the pointer
    // (docs/protocol/secrets.md).

    /// <summary>Stores the model's secret members in their groups' secrets and updates the pointers.</summary>
    public static void WriteSecrets(IGeneratedModel model, ISecretRepository secrets, string? shortUuid)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var group in model.Shape.Groups)
        {
            var fields = new SecretField[group.Members.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                var member = group.Members[i];
                var text = member.Kind == MemberKind.Boolean ? BooleanText(model.ValueOf(member)) : model.TextOf(member);
                fields[i] = new SecretField(member.WireName, text);
            }
            var pointer = group.Pointer is null ? null : model.TextOf(group.Pointer);
            var written = SecretWriter.Write(secrets, group.Name, pointer, shortUuid, fields);
            if (group.Pointer is not null && written != pointer) model.ReadText(group.Pointer, written);
        }
    }

    /// <summary>Fills the model's secret members from the secrets its pointers name.</summary>
    public static void ReadSecrets(IGeneratedModel model, ISecretRepository secrets, string? shortUuid, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in model.Shape.Groups)
        {
            var pointer = group.Pointer is null ? null : model.TextOf(group.Pointer);
            if (SecretReader.Find(secrets, group.Name, pointer, shortUuid) is not { } secret) continue;
            foreach (var member in group.Members)
            {
                if (member.Kind == MemberKind.Boolean)
                {
                    var value = SecretReader.Boolean(secret, member.WireName, group.Name, member.Name, context);
                    ReadFrom(model, member, ReaderJson.Rent(value is { } flag ? WireValue.FromBoolean(flag) : WireValue.Null, out var length), length, context);
                }
                else
                {
                    model.ReadText(member, SecretReader.String(secret, member.WireName));
                }
            }
        }
    }

    // A bool secret's content: true / false as the reference writes it, or none.
    private static string? BooleanText(WireValue value) => value.Kind == WireValueKind.Boolean ? SecretField.Encode(value.AsBoolean()) : null;
}
