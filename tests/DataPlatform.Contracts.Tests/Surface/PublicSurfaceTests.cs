using System.ComponentModel;
using System.Reflection;
using DataPlatform.Contracts.Generated;
using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Tests.Surface;

/// <summary>
/// What a model shows in IntelliSense: its own properties and a few calls a charm author makes;
/// the machinery is explicit interface implementations or hidden (issue 13.3).
/// </summary>
public sealed class PublicSurfaceTests
{
    // Members every generated model may show besides its properties: the reference's update and
    // validation, its extras (pydantic's model_extra), and text.
    private static readonly string[] UserCalls = { "Validate", "Update", "get_UnknownKeys", "UnknownKeys", "ToString" };

    public static IEnumerable<object[]> BuiltInModels() =>
        typeof(IRelationModel).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<RelationModelAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new object[] { t });

    [Theory]
    [MemberData(nameof(BuiltInModels))]
    public void A_model_shows_its_properties_and_the_user_calls_only(Type model)
    {
        var shown = model.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is not PropertyInfo && !(m is MethodInfo method && (method.IsSpecialName || method.Name is "Equals" or "GetHashCode" or "<Clone>$" or "PrintMembers" or "Deconstruct")))
            .Where(m => m is not ConstructorInfo)
            .Where(m => !IsHidden(m))
            .Select(m => m.Name)
            .Except(UserCalls)
            .ToList();
        Assert.True(shown.Count == 0, $"{model.Name} shows {string.Join(", ", shown)}");
        var properties = model.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => !IsHidden(p) && p.Name != "UnknownKeys" && p.GetIndexParameters().Length == 0);
        foreach (var property in properties) Assert.True(property.CanRead, property.Name);
        Assert.DoesNotContain(model.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.GetIndexParameters().Length > 0);
    }

    [Theory]
    [MemberData(nameof(BuiltInModels))]
    public void What_derived_models_see_of_the_machinery_is_hidden(Type model)
    {
        var visibleToDerived = model.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m switch
            {
                MethodInfo method => method.IsFamily || method.IsFamilyOrAssembly,
                FieldInfo field => field.IsFamily || field.IsFamilyOrAssembly,
                PropertyInfo property => property.GetMethod is { } get && (get.IsFamily || get.IsFamilyOrAssembly),
                _ => false,
            })
            .Where(m => !(m is MethodInfo { IsSpecialName: true }))
            .Where(m => m.Name != "EqualityContract")
            .ToList();
        // A sealed model keeps its switches private; an open one shows them to derived models only.
        if (model.IsSealed) Assert.Empty(visibleToDerived);
        else Assert.NotEmpty(visibleToDerived);
        Assert.All(visibleToDerived, m => Assert.True(IsHidden(m), $"{model.Name}.{m.Name} is not hidden"));
    }

    [Fact]
    public void The_relation_model_interface_is_implemented_explicitly()
    {
        var shown = typeof(RequirerCommonModel).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet();
        foreach (var name in new[] { "ReadJson", "WriteJson", "ReadDatabag", "WriteDatabag", "ReadSecrets", "WriteSecrets", "TryGetValue", "IsExplicitlySet", "get_WireKeys", "get_ExplicitlySetKeys", "get_Item", "SetValue" })
        {
            Assert.DoesNotContain(name, shown);
        }
        IRelationModel model = new RequirerCommonModel { Resource = "db" };
        Assert.True(model.IsExplicitlySet("resource"));
    }

    [Fact]
    public void Every_type_for_generated_code_lives_in_one_namespace_and_is_hidden()
    {
        var generated = typeof(IRelationModel).Assembly.GetExportedTypes().Where(t => t.Namespace == "DataPlatform.Contracts.Generated").ToList();
        Assert.Contains(typeof(ModelMachinery), generated);
        Assert.Contains(typeof(IGeneratedModel), generated);
        Assert.All(generated, t => Assert.True(IsHidden(t), t.Name + " is not hidden"));
        // Nothing else in the runtime says it is called by generated code.
        var others = typeof(IRelationModel).Assembly.GetExportedTypes().Where(t => t.Namespace != "DataPlatform.Contracts.Generated" && IsHidden(t)).Select(t => t.FullName);
        Assert.Empty(others);
    }

    private static bool IsHidden(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never };
}
