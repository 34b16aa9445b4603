namespace Authing.Emulator.GraphQL.Language;

/// <summary>The document is not valid GraphQL syntax, or is larger or deeper than the limits allow.</summary>
internal sealed class GraphQLSyntaxException(string message, SourceLocation location)
    : Exception($"Syntax Error: {message}")
{
    /// <summary>Where the problem was found.</summary>
    public SourceLocation Location { get; } = location;
}
