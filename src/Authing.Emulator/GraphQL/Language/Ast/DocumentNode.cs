namespace Authing.Emulator.GraphQL.Language.Ast;

/// <summary>A parsed executable document.</summary>
internal sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions);

/// <summary>A top-level definition: an operation or a fragment.</summary>
internal abstract record DefinitionNode(SourceLocation Location, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet);

/// <summary>The three operation types.</summary>
internal enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary><c>query Name($v: T = default) @dir { ... }</c>, or the shorthand <c>{ ... }</c>.</summary>
internal sealed record OperationDefinitionNode(
    SourceLocation Location,
    OperationType Operation,
    string? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : DefinitionNode(Location, Directives, SelectionSet);

/// <summary><c>fragment Name on Type @dir { ... }</c>.</summary>
internal sealed record FragmentDefinitionNode(
    SourceLocation Location,
    string Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : DefinitionNode(Location, Directives, SelectionSet);

/// <summary><c>$name: Type = default @dir</c>.</summary>
internal sealed record VariableDefinitionNode(
    SourceLocation Location,
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives);

/// <summary><c>@name(args)</c>.</summary>
internal sealed record DirectiveNode(SourceLocation Location, string Name, IReadOnlyList<ArgumentNode> Arguments);

/// <summary><c>name: value</c> in a field or directive.</summary>
internal sealed record ArgumentNode(SourceLocation Location, string Name, ValueNode Value);
