namespace Authing.Emulator.GraphQL.Language;

/// <summary>One lexical token: its kind, its value (names, numbers and strings) and where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, SourceLocation Location)
{
    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name => $"Name \"{Value}\"",
        TokenKind.Int => $"Int \"{Value}\"",
        TokenKind.Float => $"Float \"{Value}\"",
        TokenKind.String or TokenKind.BlockString => "String",
        _ => $"\"{Value}\"",
    };
}
