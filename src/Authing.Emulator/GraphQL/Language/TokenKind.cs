namespace Authing.Emulator.GraphQL.Language;

/// <summary>The lexical token kinds of GraphQL (spec §2.1.6).</summary>
internal enum TokenKind
{
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
