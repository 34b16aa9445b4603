namespace Authing.Emulator.GraphQL.Types;

/// <summary>A directive the schema knows: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c> and <c>@specifiedBy</c>.</summary>
public sealed class DirectiveDefinition(
    string name,
    string description,
    IReadOnlyList<DirectiveLocation> locations,
    IReadOnlyList<InputValueDefinition> arguments)
{
    /// <summary>The directive name, without <c>@</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The description shown by introspection.</summary>
    public string Description { get; } = description;

    /// <summary>Where the directive may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    /// <summary>The directive's arguments.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; init; }

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", ScalarType.Boolean.NonNull()) { Description = "Included when true." }]);

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", ScalarType.Boolean.NonNull()) { Description = "Skipped when true." }]);

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [
            new InputValueDefinition("reason", ScalarType.String)
            {
                Description = "Explains why this element was deprecated.",
                DefaultValue = "No longer supported",
            },
        ]);

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        [new InputValueDefinition("url", ScalarType.String.NonNull()) { Description = "The URL that specifies the behavior of this scalar." }]);

    /// <summary>The four directives every schema has.</summary>
    public static IReadOnlyList<DirectiveDefinition> BuiltIn { get; } = [Include, Skip, Deprecated, SpecifiedBy];
}
