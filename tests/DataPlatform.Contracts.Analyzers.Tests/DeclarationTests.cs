namespace DataPlatform.Contracts.Analyzers.Tests;

using Verify = AnalyzerTest<DeclarationAnalyzer>;

// Valid models use partial properties the generator implements. Most invalid models use plain
// auto-properties; the PartialProperty_* tests use the partial form the README recommends, which
// the generator implements with plain fields when it rejects the model, so no CS9248 appears (csc
// stops on that declaration error before running analyzers, which hid the DPC error in a build).
public class DeclarationTests
{
    [Fact]
    public Task PartialProperty_SecretOnInt_DPC0002_without_CS9248() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [ExtraSecret] public partial {|DPC0002:int|} Port { get; set; }
            public partial string? Host { get; set; }
        }
        """);

    [Fact]
    public Task PartialProperty_TwoSecretAttributes_DPC0005_without_CS9248() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [UserSecret, {|DPC0005:ExtraSecret|}] public partial string? A { get; set; }
        }
        """);

    [Fact]
    public Task PartialProperty_InvalidGroupName_DPC0004_without_CS9248() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [{|DPC0004:SecretGroup("my group")|}] public partial string? A { get; set; }
        }
        """);

    [Fact]
    public Task PartialProperty_DuplicateWireKey_DPC0006_without_CS9248() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [WireName("name")] public partial string? First { get; set; }
            public partial string? {|DPC0006:Name|} { get; set; }
        }
        """);

    [Fact]
    public Task PartialProperty_AbstractModel_DPC0009_without_CS9248() => Verify.Run("""
        [RelationModel]
        public abstract partial class {|DPC0009:Bad|}
        {
            public partial string? A { get; set; }
        }
        """);

    [Fact]
    public Task ValidModels_AreQuiet() => Verify.Run("""
        [RelationModel]
        public partial class Good
        {
            public partial string? Name { get; set; }
            public partial string Required { get; set; }
            [UserSecret] public partial string? Password { get; set; }
            [TlsSecret] public partial bool? Tls { get; set; }
            [SecretGroup("my-group_1")] public partial string? Token { get; set; }
            public string Plain { get; set; } = "";
            [WireDefault("x")] public partial string WithDefault { get; set; }
        }

        public partial class Outer
        {
            [RelationModel]
            public partial class Inner { public partial int Count { get; set; } }
        }
        """);

    [Fact]
    public Task WireValueMembers_AreQuiet() => Verify.Run("""
        [RelationModel]
        public partial class Good
        {
            public partial DataPlatform.Contracts.Wire.WireValue? Extra { get; set; }
            public partial DataPlatform.Contracts.Wire.WireValue Config { get; set; }
        }
        """);

    [Fact]
    public Task NotPartial_DPC0001() => Verify.Run("""
        [RelationModel]
        public class {|DPC0001:Bad|}
        {
            public string? Name { get; set; }
        }
        """);

    [Fact]
    public Task ContainingTypeNotPartial_DPC0001() => Verify.Run("""
        public class {|DPC0001:Outer|}
        {
            [RelationModel]
            public partial class Inner { public string? Name { get; set; } }
        }
        """);

    [Fact]
    public Task SecretMemberType_DPC0002() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [UserSecret] public {|DPC0002:int|} Port { get; set; }
            [TlsSecret] public {|DPC0002:bool|} Tls { get; set; }
            [UserSecret] public {|DPC0002:string|} Name { get; set; } = "";
        }
        """);

    [Fact]
    public Task SecretOutsideModel_DPC0003() => Verify.Run("""
        public class Settings
        {
            [{|DPC0003:UserSecret|}] public string? Password { get; set; }
            public string? Host { get; set; }
        }
        public interface IShape
        {
            [UserSecret] string? Password { get; set; }
        }
        """);

    [Fact]
    public Task InvalidGroupName_DPC0004() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [{|DPC0004:SecretGroup("my group")|}] public string? A { get; set; }
            [{|DPC0004:SecretGroup("")|}] public string? B { get; set; }
            [{|DPC0004:SecretGroup("a.b")|}] public string? C { get; set; }
        }
        """);

    [Fact]
    public Task TwoSecretAttributes_DPC0005() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            [UserSecret, {|DPC0005:ExtraSecret|}] public string? A { get; set; }
            [UserSecret]
            [{|DPC0005:SecretGroup("custom")|}]
            public string? B { get; set; }
        }
        """);

    [Fact]
    public Task DuplicateWireKey_DPC0006() => Verify.Run("""
        [RelationModel]
        public partial class Own
        {
            [WireName("name")] public string? First { get; set; }
            public string? {|DPC0006:Name|} { get; set; }
        }

        [RelationModel]
        public partial class Inherited : RequirerCommonModel
        {
            [WireName("resource")] public string? {|DPC0006:Target|} { get; set; }
        }

        [RelationModel]
        public partial class Pointer
        {
            [ExtraSecret] public string? Token { get; set; }
            [WireName("secret-extra")] public string? {|DPC0006:Other|} { get; set; }
        }
        """);

    [Fact]
    public Task DistinctWireKeys_AreQuiet() => Verify.Run("""
        [RelationModel]
        public partial class Good : RequirerCommonModel
        {
            [WireName("target")] public partial string? Resource2 { get; set; }
            [ExtraSecret] public partial string? Token { get; set; }
            [SecretPointer("extra")] public partial string? SecretExtra { get; set; }
        }
        """);

    [Fact]
    public Task ReservedWireKey_DPC0007() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            public partial string? {|DPC0007:Status|} { get; set; }
            [WireName("requests")] public partial string? {|DPC0007:Items|} { get; set; }
        }
        """);

    [Fact]
    public Task ReservedWireKey_InheritedOrLiteral_IsQuiet() => Verify.Run("""
        [RelationModel]
        public partial class Response : ResourceProviderModel
        {
            public partial string? Region { get; set; }
        }

        [RelationModel]
        public partial class Versioned
        {
            [WireLiteral("v9")]
            [WireDefault("v9")]
            public partial string Version { get; set; }
        }
        """);

    [Fact]
    public Task DerivedWithoutAttribute_DPC0008() => Verify.Run("""
        public class {|DPC0008:Derived|} : RequirerCommonModel
        {
            public string? Region { get; set; }
        }
        """);

    [Fact]
    public Task DerivedWithoutMembers_IsQuiet() => Verify.Run("""
        public class Derived : RequirerCommonModel
        {
            public string Describe() => Resource;
            public string Upper => Resource.ToUpperInvariant();
            [NotSerialized] public string? Scratch { get; set; }
        }
        """);

    [Fact]
    public Task NotGeneratable_DPC0009() => Verify.Run("""
        [RelationModel]
        public abstract partial class {|DPC0009:Abstract|} { public string? A { get; set; } }

        [RelationModel]
        public partial class {|DPC0009:Generic|}<T> { public string? A { get; set; } }

        [RelationModel]
        public partial class {|DPC0009:NoDefaultConstructor|}
        {
            public NoDefaultConstructor(int value) { }
            public string? A { get; set; }
        }

        [RelationModel]
        public partial class UnsupportedMember
        {
            public {|DPC0009:DateTime|} When { get; set; }
        }

        public partial class Container<T>
        {
            [RelationModel]
            public partial class {|DPC0009:Nested|} { public string? A { get; set; } }
        }
        """);

    [Fact]
    public Task NotGeneratable_MessageNamesTheReason() => Verify.Run("""
        [RelationModel]
        public partial class UnsupportedMember
        {
            public {|#0:DateTime|} When { get; set; }
        }
        """,
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("DPC0009").WithLocation(0)
            .WithArguments("UnsupportedMember", "its member 'When' has type 'System.DateTime', which a relation model cannot serialize"));

    [Fact]
    public Task RequiredWithoutDefault_DPC0010() => Verify.Run("""
        [RelationModel]
        public partial class Bad
        {
            public string {|DPC0010:Name|} { get; set; }
            public List<string> {|DPC0010:Tags|} { get; set; }
        }
        """);

    [Fact]
    public Task RequiredWithDefaultOrPartial_IsQuiet() => Verify.Run("""
        [RelationModel]
        public partial class Good
        {
            public string Name { get; set; } = "";
            public List<string> Tags { get; set; } = new();
            public string? Optional { get; set; }
            public int Count { get; set; }
            public partial string Message { get; set; }
            [WireDefault("x")] public string Defaulted { get; set; }
        }
        """);
}
