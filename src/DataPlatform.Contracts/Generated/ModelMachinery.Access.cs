using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

public static partial class ModelMachinery
{
    // Access by wire name: the indexer, explicitly-set tracking and Update.

    /// <summary>The value of a member or unknown key.</summary>
    /// <exception cref="KeyNotFoundException">Neither a member nor a stored unknown key.</exception>
    public static WireValue Get(IGeneratedModel model, string wireKey) =>
        TryGetValue(model, wireKey, out var value) ? value : throw new KeyNotFoundException($"{model.Shape.Name} has no member or unknown key '{wireKey}'.");

    /// <summary>Looks a member or unknown key up by wire name.</summary>
    public static bool TryGetValue(IGeneratedModel model, string wireKey, out WireValue value)
    {
        ArgumentNullException.ThrowIfNull(wireKey);
        if (model.Shape.ByWireKey(wireKey) is { } member)
        {
            value = model.ValueOf(member);
            return true;
        }
        if (model.UnknownKeySlot.Count > 0 && model.UnknownKeySlot.Value.TryGetValue(wireKey, out value)) return true;
        value = WireValue.Null;
        return false;
    }

    /// <summary>Sets a member (converted from JSON, as a read would) or an unknown key by wire name.</summary>
    /// <exception cref="RelationModelValidationException">The value does not fit the member.</exception>
    public static void Set(IGeneratedModel model, string wireKey, WireValue value)
    {
        ArgumentNullException.ThrowIfNull(wireKey);
        ArgumentNullException.ThrowIfNull(value);
        if (model.Shape.ByWireKey(wireKey) is not { } member)
        {
            model.UnknownKeySlot.Value.Set(wireKey, value);
            return;
        }
        var context = new ModelReadContext();
        context.BeginModel();
        ReadFrom(model, member, ReaderJson.Rent(value, out var length), length, context);
        context.EndModel(model.Shape.Name);
    }

    /// <summary>Whether the member was set since construction (a member the user implements always is), or the unknown key is held.</summary>
    public static bool IsExplicitlySet(IGeneratedModel model, string wireKey)
    {
        ArgumentNullException.ThrowIfNull(wireKey);
        if (model.Shape.ByWireKey(wireKey) is { } member) return member.Has(MemberFlags.Untracked) || model.ExplicitlySet[member.Index];
        return model.UnknownKeySlot.ContainsKey(wireKey);
    }

    /// <summary>The wire names of the members explicitly set, then the unknown keys.</summary>
    public static IEnumerable<string> ExplicitlySetKeys(IGeneratedModel model)
    {
        foreach (var key in model.Shape.WireKeys)
        {
            if (IsExplicitlySet(model, key)) yield return key;
        }
        foreach (var entry in model.UnknownKeySlot.Members) yield return entry.Key;
    }

    /// <summary>Copies every member explicitly set on <paramref name="other"/> and its unknown keys, except <c>[KeepOnUpdate]</c> members.</summary>
    public static void Update(IGeneratedModel model, IRelationModel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var key in new List<string>(other.ExplicitlySetKeys))
        {
            if (model.Shape.ByWireKey(key) is { } member && member.Has(MemberFlags.KeepOnUpdate)) continue;
            Set(model, key, other[key]);
        }
    }
}
