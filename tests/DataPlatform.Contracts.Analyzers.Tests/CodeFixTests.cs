using DataPlatform.Contracts.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace DataPlatform.Contracts.Analyzers.Tests;

// Each test has at least two diagnostics in one document, so the framework checks the fix one
// diagnostic at a time and Fix All in document, project and solution scope.
public class CodeFixTests
{
    [Fact]
    public Task AddPartial_DPC0001() => new CodeFixTest<DeclarationAnalyzer, AddPartialCodeFix>("""
        [RelationModel]
        public class {|DPC0001:Single|}
        {
            public string? Name { get; set; }
        }

        public sealed class {|DPC0001:Outer|}
        {
            [RelationModel]
            internal class {|DPC0001:Inner|} { public string? Name { get; set; } }
        }
        """, """
        [RelationModel]
        public partial class Single
        {
            public string? Name { get; set; }
        }

        public sealed partial class Outer
        {
            [RelationModel]
            internal partial class Inner { public string? Name { get; set; } }
        }
        """)
    {
        // Single, then Outer, then Inner (Fix All does it in one pass).
        NumberOfIncrementalIterations = 3,
        CodeActionEquivalenceKey = "DPC0001.AddPartial",
    }.RunAsync();

    [Fact]
    public Task ChangeSecretType_DPC0002() => new CodeFixTest<DeclarationAnalyzer, SecretMemberTypeCodeFix>("""
        [RelationModel]
        public partial class Model
        {
            [UserSecret] public {|DPC0002:int|} Port { get; set; }
            [TlsSecret] public {|DPC0002:bool|} Tls { get; set; }
        }
        """, """
        [RelationModel]
        public partial class Model
        {
            [UserSecret] public string? Port { get; set; }
            [TlsSecret] public bool? Tls { get; set; }
        }
        """)
    { CodeActionEquivalenceKey = "DPC0002.ChangeType" }.RunAsync();

    [Fact]
    public Task AddRelationModel_DPC0003() => new CodeFixTest<DeclarationAnalyzer, AddRelationModelCodeFix>("""
        public class Settings
        {
            [{|DPC0003:UserSecret|}] public string? Password { get; set; }
            [{|DPC0003:ExtraSecret|}] public string? Token { get; set; }
        }
        """, """
        [RelationModel]
        public partial class Settings
        {
            [UserSecret] public string? Password { get; set; }
            [ExtraSecret] public string? Token { get; set; }
        }
        """)
    {
        NumberOfIncrementalIterations = 1,
        CodeActionEquivalenceKey = "DPC0003.AddRelationModel",
    }.RunAsync();

    [Fact]
    public Task AddRelationModel_DPC0008() => new CodeFixTest<DeclarationAnalyzer, AddRelationModelCodeFix>("""
        public class {|DPC0008:First|} : RequirerCommonModel
        {
            public string? Region { get; set; }
        }

        public sealed class {|DPC0008:Second|} : ResourceProviderModel
        {
            public string? Zone { get; set; }
        }
        """, """
        [RelationModel]
        public partial class First : RequirerCommonModel
        {
            public string? Region { get; set; }
        }

        [RelationModel]
        public sealed partial class Second : ResourceProviderModel
        {
            public string? Zone { get; set; }
        }
        """)
    { CodeActionEquivalenceKey = "DPC0003.AddRelationModel" }.RunAsync();

    [Fact]
    public Task KeepFirstSecretAttribute_DPC0005() => new CodeFixTest<DeclarationAnalyzer, KeepFirstSecretAttributeCodeFix>("""
        [RelationModel]
        public partial class Model
        {
            [UserSecret, {|DPC0005:ExtraSecret|}, TlsSecret] public string? A { get; set; }

            [UserSecret]
            [{|DPC0005:SecretGroup("custom")|}]
            public string? B { get; set; }
        }
        """, """
        [RelationModel]
        public partial class Model
        {
            [UserSecret] public string? A { get; set; }

            [UserSecret]
            public string? B { get; set; }
        }
        """)
    { CodeActionEquivalenceKey = "DPC0005.KeepFirst" }.RunAsync();

    // The fix removes attributes and nothing else: comments, line breaks, indentation and the
    // layout of a multi-line attribute list stay as written.
    [Fact]
    public Task KeepFirstSecretAttribute_keeps_comments_and_layout_DPC0005() => new CodeFixTest<DeclarationAnalyzer, KeepFirstSecretAttributeCodeFix>("""
        [RelationModel]
        public partial class Model
        {
            [UserSecret] // the login
            // why it was also extra
            [{|DPC0005:ExtraSecret|}]
            public partial string? A { get; set; }

            /// <summary>The audit token.</summary>
            [
                SecretGroup("audit"), // the audit group
                {|DPC0005:UserSecret|},
                WireName("token")
            ]
            public partial string? B { get; set; }

            [TlsSecret, /* not mtls */ {|DPC0005:MtlsSecret|}] public partial string? C { get; set; }

            [UserSecret]
            [{|DPC0005:ExtraSecret|}] // was extra
            public partial string? D { get; set; }
        }
        """, """
        [RelationModel]
        public partial class Model
        {
            [UserSecret] // the login
            // why it was also extra
            public partial string? A { get; set; }

            /// <summary>The audit token.</summary>
            [
                SecretGroup("audit"), // the audit group
                WireName("token")
            ]
            public partial string? B { get; set; }

            [TlsSecret /* not mtls */] public partial string? C { get; set; }

            [UserSecret]
            // was extra
            public partial string? D { get; set; }
        }
        """)
    { CodeActionEquivalenceKey = "DPC0005.KeepFirst" }.RunAsync();

    private const string RequiredSource = """
        [RelationModel]
        public partial class Model
        {
            public string {|DPC0010:Name|} { get; set; }
            public List<string> {|DPC0010:Tags|} { get; set; }
            public RelationStatus {|DPC0010:Status2|} { get; set; }
        }
        """;

    [Fact]
    public Task MakeNullable_DPC0010() => new CodeFixTest<DeclarationAnalyzer, RequiredMemberCodeFix>(RequiredSource, """
        [RelationModel]
        public partial class Model
        {
            public string? Name { get; set; }
            public List<string>? Tags { get; set; }
            public RelationStatus? Status2 { get; set; }
        }
        """)
    { CodeActionEquivalenceKey = "DPC0010.MakeNullable" }.RunAsync();

    [Fact]
    public Task Initialize_DPC0010() => new CodeFixTest<DeclarationAnalyzer, RequiredMemberCodeFix>(RequiredSource, """
        [RelationModel]
        public partial class Model
        {
            public string Name { get; set; } = "";
            public List<string> Tags { get; set; } = [];
            public RelationStatus Status2 { get; set; } = new();
        }
        """)
    { CodeActionEquivalenceKey = "DPC0010.Initialize", CodeActionIndex = 1 }.RunAsync();

    [Fact]
    public Task MoveRoles_DPC0100() => new CodeFixTest<RequestAnalyzer, MoveRolesCodeFix>("""
        public static class Charm
        {
            public static RequirerCommonModel[] Requests() => new[]
            {
                new RequirerCommonModel { Resource = "a", EntityType = EntityType.User, {|DPC0100:ExtraGroupRoles = "admin"|} },
                new RequirerCommonModel { Resource = "b", EntityType = EntityType.Group, {|DPC0100:ExtraUserRoles = "reader"|} },
            };
        }
        """, """
        public static class Charm
        {
            public static RequirerCommonModel[] Requests() => new[]
            {
                new RequirerCommonModel { Resource = "a", EntityType = EntityType.User, ExtraUserRoles = "admin" },
                new RequirerCommonModel { Resource = "b", EntityType = EntityType.Group, ExtraGroupRoles = "reader" },
            };
        }
        """)
    { CodeActionEquivalenceKey = "DPC0100.MoveRoles" }.RunAsync();

    [Fact]
    public Task MoveRoles_NotOfferedWhenTargetIsSet() => new CodeFixTest<RequestAnalyzer, MoveRolesCodeFix>("""
        public static class Charm
        {
            public static object Request() =>
                new RequirerCommonModel { EntityType = EntityType.User, ExtraUserRoles = "a", {|DPC0100:ExtraGroupRoles = "b"|} };
        }
        """, """
        public static class Charm
        {
            public static object Request() =>
                new RequirerCommonModel { EntityType = EntityType.User, ExtraUserRoles = "a", {|DPC0100:ExtraGroupRoles = "b"|} };
        }
        """).RunAsync();
}
