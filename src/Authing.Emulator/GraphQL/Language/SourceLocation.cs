namespace Authing.Emulator.GraphQL.Language;

/// <summary>A 1-based line and column in the request document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
