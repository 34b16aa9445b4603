using System.Globalization;
using System.Text;

namespace Authing.Emulator.GraphQL.Language;

/// <summary>Turns a GraphQL document into tokens (spec §2), skipping ignored tokens; one token per call.</summary>
internal sealed class Lexer(string source)
{
    private int position;
    private int line = 1;
    private int lineStart;

    /// <summary>Reads the next significant token.</summary>
    public Token Next()
    {
        SkipIgnored();
        var location = Here();
        if (position >= source.Length)
        {
            return new Token(TokenKind.EndOfFile, string.Empty, location);
        }

        var c = source[position];
        var punctuator = c switch
        {
            '!' => TokenKind.Bang,
            '$' => TokenKind.Dollar,
            '&' => TokenKind.Ampersand,
            '(' => TokenKind.ParenLeft,
            ')' => TokenKind.ParenRight,
            ':' => TokenKind.Colon,
            '=' => TokenKind.Equals,
            '@' => TokenKind.At,
            '[' => TokenKind.BracketLeft,
            ']' => TokenKind.BracketRight,
            '{' => TokenKind.BraceLeft,
            '|' => TokenKind.Pipe,
            '}' => TokenKind.BraceRight,
            _ => TokenKind.EndOfFile,
        };
        if (punctuator != TokenKind.EndOfFile)
        {
            position++;
            return new Token(punctuator, c.ToString(), location);
        }

        if (c == '.')
        {
            if (At(1) == '.' && At(2) == '.')
            {
                position += 3;
                return new Token(TokenKind.Spread, "...", location);
            }

            throw Error("Unexpected \".\", did you mean \"...\"?", location);
        }

        if (IsNameStart(c))
        {
            return ReadName(location);
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ReadNumber(location);
        }

        if (c == '"')
        {
            return At(1) == '"' && At(2) == '"' ? ReadBlockString(location) : ReadString(location);
        }

        throw Error($"Unexpected character {Describe(c)}.", location);
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string Describe(char c)
        => c < ' ' || c > '~' ? $"U+{(int)c:X4}" : $"\"{c}\"";

    private static GraphQLSyntaxException Error(string message, SourceLocation location) => new(message, location);

    private char At(int offset) => position + offset < source.Length ? source[position + offset] : '\0';

    private SourceLocation Here() => new(line, position - lineStart + 1);

    private void NewLine()
    {
        line++;
        lineStart = position;
    }

    private void SkipIgnored()
    {
        while (position < source.Length)
        {
            switch (source[position])
            {
                case '\uFEFF' or ' ' or '\t' or ',':
                    position++;
                    break;
                case '\n':
                    position++;
                    NewLine();
                    break;
                case '\r':
                    position += At(1) == '\n' ? 2 : 1;
                    NewLine();
                    break;
                case '#':
                    while (position < source.Length && source[position] is not '\n' and not '\r')
                    {
                        position++;
                    }

                    break;
                default:
                    return;
            }
        }
    }

    private Token ReadName(SourceLocation location)
    {
        var start = position;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, source[start..position], location);
    }

    private Token ReadNumber(SourceLocation location)
    {
        var start = position;
        var isFloat = false;
        if (source[position] == '-')
        {
            position++;
        }

        if (At(0) == '0')
        {
            position++;
            if (char.IsAsciiDigit(At(0)))
            {
                throw Error($"Invalid number, unexpected digit after 0: {Describe(At(0))}.", Here());
            }
        }
        else
        {
            ReadDigits();
        }

        if (At(0) == '.')
        {
            isFloat = true;
            position++;
            ReadDigits();
        }

        if (At(0) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (At(0) is '+' or '-')
            {
                position++;
            }

            ReadDigits();
        }

        if (At(0) == '.' || IsNameStart(At(0)))
        {
            throw Error($"Invalid number, expected digit but got: {Describe(At(0))}.", Here());
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, source[start..position], location);
    }

    private void ReadDigits()
    {
        if (!char.IsAsciiDigit(At(0)))
        {
            var found = position < source.Length ? Describe(At(0)) : "<EOF>";
            throw Error($"Invalid number, expected digit but got: {found}.", Here());
        }

        while (char.IsAsciiDigit(At(0)))
        {
            position++;
        }
    }

    private Token ReadString(SourceLocation location)
    {
        position++;
        var value = new StringBuilder();
        while (position < source.Length)
        {
            var c = source[position];
            switch (c)
            {
                case '"':
                    position++;
                    return new Token(TokenKind.String, value.ToString(), location);
                case '\n' or '\r':
                    throw Error("Unterminated string.", Here());
                case '\\':
                    ReadEscape(value);
                    break;
                default:
                    EnsureSourceCharacter(c);
                    value.Append(c);
                    position++;
                    break;
            }
        }

        throw Error("Unterminated string.", Here());
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeLocation = Here();
        var escaped = At(1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped != '\0')
        {
            value.Append(escaped);
            position += 2;
            return;
        }

        if (At(1) != 'u')
        {
            throw Error($"Invalid character escape sequence: \"\\{At(1)}\".", escapeLocation);
        }

        position += 2;
        var codePoint = ReadUnicodeEscape(escapeLocation);
        if (char.IsHighSurrogate((char)codePoint) && codePoint <= 0xFFFF && At(0) == '\\' && At(1) == 'u')
        {
            var save = position;
            position += 2;
            var low = ReadUnicodeEscape(escapeLocation);
            if (low <= 0xFFFF && char.IsLowSurrogate((char)low))
            {
                value.Append((char)codePoint).Append((char)low);
                return;
            }

            position = save;
        }

        if (codePoint is < 0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF)
        {
            throw Error("Invalid Unicode escape sequence: not a Unicode scalar value.", escapeLocation);
        }

        value.Append(char.ConvertFromUtf32(codePoint));
    }

    private int ReadUnicodeEscape(SourceLocation escapeLocation)
    {
        var braced = At(0) == '{';
        var start = braced ? position + 1 : position;
        var end = start;
        while (end < source.Length && char.IsAsciiHexDigit(source[end]) && (braced || end - start < 4) && end - start < 8)
        {
            end++;
        }

        var valid = braced ? end > start && end < source.Length && source[end] == '}' : end - start == 4;
        if (!valid || !int.TryParse(source.AsSpan(start, end - start), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint))
        {
            throw Error("Invalid Unicode escape sequence.", escapeLocation);
        }

        position = braced ? end + 1 : end;
        return codePoint;
    }

    private Token ReadBlockString(SourceLocation location)
    {
        position += 3;
        var raw = new StringBuilder();
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && At(1) == '"' && At(2) == '"')
            {
                position += 3;
                return new Token(TokenKind.BlockString, BlockString.Dedent(raw.ToString()), location);
            }

            if (c == '\\' && At(1) == '"' && At(2) == '"' && At(3) == '"')
            {
                raw.Append("\"\"\"");
                position += 4;
                continue;
            }

            raw.Append(c);
            position++;
            if (c == '\r' && At(0) == '\n')
            {
                raw.Append('\n');
                position++;
                NewLine();
            }
            else if (c is '\n' or '\r')
            {
                NewLine();
            }
            else
            {
                EnsureSourceCharacter(c);
            }
        }

        throw Error("Unterminated string.", Here());
    }

    private void EnsureSourceCharacter(char c)
    {
        if (c < ' ' && c != '\t')
        {
            throw Error($"Invalid character within String: {Describe(c)}.", Here());
        }
    }
}
