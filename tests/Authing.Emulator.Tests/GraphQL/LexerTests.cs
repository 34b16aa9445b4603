using Authing.Emulator.GraphQL.Language;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class LexerTests
{
    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("1234", false)]
    [InlineData("-42", false)]
    [InlineData("1.5", true)]
    [InlineData("-0.25", true)]
    [InlineData("1e10", true)]
    [InlineData("6.02E+23", true)]
    [InlineData("1e-3", true)]
    public void Numbers_are_read_with_their_kind_and_text(string text, bool isFloat)
    {
        var token = new Lexer(text).Next();

        Assert.Equal(isFloat ? TokenKind.Float : TokenKind.Int, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("01")]
    [InlineData("0x1")]
    [InlineData("1.")]
    [InlineData("1.a")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.2.3")]
    [InlineData("12abc")]
    [InlineData("-")]
    [InlineData(".5")]
    public void Malformed_numbers_are_syntax_errors(string text)
    {
        Assert.Throws<GraphQLSyntaxException>(() => new Lexer(text).Next());
    }

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\"", "Aé")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"中文\"", "中文")]
    [InlineData("\"\"", "")]
    public void String_escapes_are_resolved(string text, string expected)
    {
        var token = new Lexer(text).Next();

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"\\uD800\"")]
    [InlineData("\"\\uDE00\"")]
    [InlineData("\"\\u12\"")]
    [InlineData("\"\\x\"")]
    [InlineData("\"\\u{110000}\"")]
    [InlineData("\"\\u{FFFFFFFF}\"")]
    [InlineData("\"\\u{}\"")]
    [InlineData("\"open")]
    [InlineData("\"line\nbreak\"")]
    [InlineData("\"bell\u0007\"")]
    public void Invalid_strings_are_syntax_errors(string text)
    {
        Assert.Throws<GraphQLSyntaxException>(() => new Lexer(text).Next());
    }

    [Fact]
    public void Block_string_removes_common_indentation_and_blank_edge_lines()
    {
        var token = new Lexer("\"\"\"\n    Hello,\n      World!\n\n    Yours\n  \"\"\"").Next();

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours", token.Value);
    }

    [Fact]
    public void Block_string_keeps_escapes_raw_except_escaped_triple_quote()
    {
        var token = new Lexer("\"\"\"a \\n \\\"\"\" b\"\"\"").Next();

        Assert.Equal("a \\n \"\"\" b", token.Value);
    }

    [Fact]
    public void Block_string_normalises_line_endings()
    {
        var token = new Lexer("\"\"\"\r\n  one\r  two\r\n\"\"\"").Next();

        Assert.Equal("one\ntwo", token.Value);
    }

    [Fact]
    public void Unterminated_block_string_is_a_syntax_error()
    {
        Assert.Throws<GraphQLSyntaxException>(() => new Lexer("\"\"\"never closed").Next());
    }

    [Fact]
    public void Bom_whitespace_commas_and_comments_are_ignored()
    {
        var lexer = new Lexer("\uFEFF ,,\t# a comment\r\n  name # trailing\n");

        var name = lexer.Next();

        Assert.Equal(TokenKind.Name, name.Kind);
        Assert.Equal("name", name.Value);
        Assert.Equal(new SourceLocation(2, 3), name.Location);
        Assert.Equal(TokenKind.EndOfFile, lexer.Next().Kind);
    }

    [Fact]
    public void Punctuators_are_recognised()
    {
        var lexer = new Lexer("! $ & ( ) ... : = @ [ ] { | }");
        var kinds = new List<TokenKind>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            kinds.Add(token.Kind);
        }

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.ParenLeft, TokenKind.ParenRight,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft,
                TokenKind.BracketRight, TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight,
            ],
            kinds);
    }

    [Fact]
    public void Partial_spread_is_a_syntax_error()
    {
        Assert.Throws<GraphQLSyntaxException>(() => new Lexer("..").Next());
    }

    [Fact]
    public void Errors_name_the_line_and_column()
    {
        var lexer = new Lexer("{\n  a\n  ?");
        lexer.Next();
        lexer.Next();

        var error = Assert.Throws<GraphQLSyntaxException>(() => lexer.Next());

        Assert.Equal(new SourceLocation(3, 3), error.Location);
        Assert.Contains("Unexpected character", error.Message, StringComparison.Ordinal);
    }
}
