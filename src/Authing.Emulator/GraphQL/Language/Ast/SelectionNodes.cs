namespace Authing.Emulator.GraphQL.Language.Ast;

/// <summary><c>{ selection ... }</c>.</summary>
internal sealed record SelectionSetNode(SourceLocation Location, IReadOnlyList<SelectionNode> Selections);

/// <summary>A field, fragment spread or inline fragment.</summary>
internal abstract record SelectionNode(SourceLocation Location, IReadOnlyList<DirectiveNode> Directives);

/// <summary><c>alias: name(args) @dir { ... }</c>.</summary>
internal sealed record FieldNode(
    SourceLocation Location,
    string? Alias,
    string Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode(Location, Directives)
{
    /// <summary>The key of the field in the response: its alias, or its name.</summary>
    public string ResponseName => Alias ?? Name;
}

/// <summary><c>...Name @dir</c>.</summary>
internal sealed record FragmentSpreadNode(SourceLocation Location, string Name, IReadOnlyList<DirectiveNode> Directives)
    : SelectionNode(Location, Directives);

/// <summary><c>... on Type @dir { ... }</c>, the type condition being optional.</summary>
internal sealed record InlineFragmentNode(
    SourceLocation Location,
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode(Location, Directives);
