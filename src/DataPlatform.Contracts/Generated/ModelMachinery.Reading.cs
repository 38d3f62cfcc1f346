using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// The work every generated model shares, done once here from its <see cref="ModelShape"/>:
/// reading and writing JSON objects and flat databags, secrets, access by wire name, validation
/// and text (docs/protocol/serialization.md). Generated code supplies only the per-member switches
/// of <see cref="IGeneratedModel"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ModelMachinery
{
    // Reading: match each key to a member (the best-ranked input key wins), read its value with
    // the lax rules, keep or drop unknown keys, then check required members, secrets and rules.
    // Which key supplied each member is kept as its rank + 1, so 0 is "none yet" and a fresh
    // buffer needs no fill. A buffer in a local rather than a stackalloc lets the JIT tier the
    // read loop up with its profile (a method with a stackalloc and a loop is compiled once,
    // without one).

    [InlineArray(64)]
    private struct RankBuffer
    {
        private byte _first;
    }

    /// <summary>Reads the JSON object the reader is on (its <c>StartObject</c> read) and leaves the reader on its <c>EndObject</c>.</summary>
    /// <exception cref="RelationModelValidationException">The object does not make a valid model.</exception>
    public static void ReadJson(IGeneratedModel model, ref Utf8JsonReader reader, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        var shape = model.Shape;
        shape.Switches.ReadJson(model, shape, ref reader, context);
    }

    // The loop itself, one copy per model type: TMembers are the switches of the model's own level.
    internal static void ReadJson<TMembers, TModel>(TModel model, ModelShape shape, ref Utf8JsonReader reader, ModelReadContext context)
        where TMembers : struct, IMemberSwitch<TModel>
        where TModel : class, IGeneratedModel
    {
        context.BeginModel();
        var start = context.IssueCount;
        var buffer = default(RankBuffer);
        Span<byte> ranks = shape.All.Length <= 64 ? buffer : new byte[shape.All.Length];
        var previous = -1;
        // Malformed JSON becomes an issue, so the caller gets one typed error naming the model.
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = shape.Keys.Match(in reader, previous, out var rank);
                if (index >= 0)
                {
                    previous = index;
                    var member = shape.All[index];
                    if (ranks[index] == 0 ? Hold(ranks, index, rank) : Take(model, ranks, member, rank))
                    {
                        reader.Read();
                        // An alias record's own key is never read: the record only tells which key a read took.
                        if (member.Has(MemberFlags.AliasRecord)) reader.Skip();
                        else TMembers.Read(model, member, ref reader, context);
                        continue;
                    }
                }
                if (shape.KeepsUnknownKeys)
                {
                    var key = PropertyNameCache.Get(in reader);
                    reader.Read();
                    model.UnknownKeySlot.Value.Set(key, WireJsonReader.ReadValue(ref reader));
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            context.AddIssue("json_invalid", null, null, "Invalid JSON: the object is malformed or cut short");
        }
        FinishRead(model, shape, ranks, start, context);
        context.EndModel(shape.Name);
    }

    /// <summary>
    /// Reads a nested or listed model: a generated one straight through <see cref="ReadJson(IGeneratedModel, ref Utf8JsonReader, ModelReadContext)"/>,
    /// as an interface call per item costs more than the type test when a hook reads models of several types.
    /// </summary>
    internal static void ReadItem(IRelationModel item, ref Utf8JsonReader reader, ModelReadContext context)
    {
        if (item is IGeneratedModel model) ReadJson(model, ref reader, context);
        else item.ReadJson(ref reader, context);
    }

    /// <summary>Reads a flat databag; the <c>data</c> key is skipped, as the reference's <c>get_data</c> drops the side's own diff memory.</summary>
    /// <exception cref="RelationModelValidationException">The databag does not make a valid model.</exception>
    public static void ReadDatabag(IGeneratedModel model, IReadOnlyDictionary<string, string> databag, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(databag);
        ArgumentNullException.ThrowIfNull(context);
        var shape = model.Shape;
        context.BeginModel();
        var start = context.IssueCount;
        var buffer = default(RankBuffer);
        Span<byte> ranks = shape.All.Length <= 64 ? buffer : new byte[shape.All.Length];
        foreach (var entry in databag)
        {
            if (entry.Key == "data") continue;
            var index = shape.Keys.Match(entry.Key, out var rank);
            if (index >= 0 && Take(model, ranks, shape.All[index], rank)) ReadText(model, shape.All[index], entry.Value, context);
            else if (shape.KeepsUnknownKeys) model.UnknownKeySlot.Value.Set(entry.Key, DatabagValue.Decode(entry.Value));
        }
        FinishRead(model, shape, ranks, start, context);
        context.EndModel(shape.Name);
    }

    // The first key for a member always supplies it.
    private static bool Hold(Span<byte> ranks, int index, int rank)
    {
        ranks[index] = (byte)(rank + 1);
        return true;
    }

    // Whether this key supplies the member: true unless a better-ranked key already did. A worse
    // key it displaces becomes an unknown key, as pydantic's alias choices keep it as an extra.
    private static bool Take(IGeneratedModel model, Span<byte> ranks, ModelMember member, int rank)
    {
        var held = ranks[member.Index] - 1;
        if (held < 0) return Hold(ranks, member.Index, rank);
        if (held < rank) return false;
        if (held != rank && model.Shape.KeepsUnknownKeys)
        {
            model.UnknownKeySlot.Value.Set(member.InputKeys[held], model.ValueOf(member));
        }
        return Hold(ranks, member.Index, rank);
    }

    private static void FinishRead(IGeneratedModel model, ModelShape shape, Span<byte> ranks, int start, ModelReadContext context)
    {
        var members = shape.All;
        foreach (var member in shape.CheckedOnRead)
        {
            if (member.Has(MemberFlags.Required) && ranks[member.Index] == 0) WireRead.Missing(context, member.WireName, member.Name);
            if (member.Has(MemberFlags.AliasRecord))
            {
                var aliased = members[member.AliasOf];
                var held = ranks[member.AliasOf] - 1;
                model.ReadText(member, held >= 0 && held < aliased.AliasCount ? aliased.InputKeys[held] : "");
            }
        }
        if (context.IssueCount != start) return;
        if (context.Secrets is { } secrets) ReadSecrets(model, secrets, (model as IRequestIdentity)?.ShortUuid, context);
        if (context.IssueCount == start) model.Validate(context);
    }

    // Databag values: string members take the text as it is (divergence D9); the others read the
    // text as JSON, or as a JSON string when it is not JSON.
    private static void ReadText(IGeneratedModel model, ModelMember member, string text, ModelReadContext context)
    {
        if (member.Has(MemberFlags.AliasRecord)) return;
        if (member.Kind == MemberKind.String && model.ReadText(member, text)) return;
        ReadFrom(model, member, DatabagText.Rent(text, out var length), length, context);
    }

    // Reads a member from JSON in a pooled buffer, and returns the buffer.
    private static void ReadFrom(IGeneratedModel model, ModelMember member, byte[] buffer, int length, ModelReadContext context)
    {
        try
        {
            var reader = DatabagText.Reader(buffer, length);
            model.Shape.Switches.ReadMember(model, member, ref reader, context);
        }
        finally
        {
            DatabagText.Return(buffer);
        }
    }
}
