using Authing.Emulator.GraphQL.Language.Ast;

namespace Authing.Emulator.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for executable documents (spec §2). Nesting of selection sets, list and object values
/// and list types is bounded by <c>maxDepth</c>, so hostile documents fail with a syntax error instead of
/// exhausting the stack.
/// </summary>
internal sealed class Parser
{
    private static readonly HashSet<string> TypeSystemKeywords = new(StringComparer.Ordinal)
    {
        "schema", "scalar", "type", "interface", "union", "enum", "input", "directive", "extend",
    };

    private readonly Lexer lexer;
    private readonly int maxDepth;
    private Token current;
    private int depth;

    private Parser(string source, int maxDepth)
    {
        lexer = new Lexer(source);
        this.maxDepth = maxDepth;
        current = lexer.Next();
    }

    /// <summary>Parses <paramref name="source"/>; throws <see cref="GraphQLSyntaxException"/> when it is not valid.</summary>
    public static DocumentNode Parse(string source, int maxDepth)
    {
        var parser = new Parser(source, maxDepth);
        return parser.ParseDocument();
    }

    private DocumentNode ParseDocument()
    {
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (current.Kind != TokenKind.EndOfFile);

        return new DocumentNode(definitions);
    }

    private DefinitionNode ParseDefinition()
    {
        if (current.Kind == TokenKind.BraceLeft)
        {
            return new OperationDefinitionNode(current.Location, OperationType.Query, null, [], [], ParseSelectionSet());
        }

        if (current.Kind == TokenKind.Name)
        {
            switch (current.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperation();
                case "fragment":
                    return ParseFragment();
                case var keyword when TypeSystemKeywords.Contains(keyword):
                    throw Unexpected($"type-system definitions (\"{keyword}\") are not allowed in a request, only operations and fragments");
            }
        }
        else if (current.Kind is TokenKind.String or TokenKind.BlockString)
        {
            throw Unexpected("descriptions and type-system definitions are not allowed in a request, only operations and fragments");
        }

        throw Unexpected();
    }

    private OperationDefinitionNode ParseOperation()
    {
        var location = current.Location;
        var operation = Advance().Value switch
        {
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => OperationType.Query,
        };
        var name = current.Kind == TokenKind.Name ? Advance().Value : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode(location, operation, name, variables, directives, ParseSelectionSet());
    }

    private List<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenLeft))
        {
            return [];
        }

        var definitions = new List<VariableDefinitionNode>();
        do
        {
            var location = current.Location;
            var variable = ParseVariable();
            Expect(TokenKind.Colon);
            var type = ParseType();
            var defaultValue = Skip(TokenKind.Equals) ? ParseValue(isConst: true) : null;
            definitions.Add(new VariableDefinitionNode(location, variable, type, defaultValue, ParseDirectives(isConst: true)));
        }
        while (!Skip(TokenKind.ParenRight));

        return definitions;
    }

    private VariableNode ParseVariable()
    {
        var location = Expect(TokenKind.Dollar).Location;
        return new VariableNode(location, ExpectName());
    }

    private FragmentDefinitionNode ParseFragment()
    {
        var location = Advance().Location;
        if (current.Kind == TokenKind.Name && current.Value == "on")
        {
            throw Unexpected();
        }

        var name = ExpectName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinitionNode(location, name, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet());
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var location = Expect(TokenKind.BraceLeft).Location;
        Enter(location);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!Skip(TokenKind.BraceRight));

        depth--;
        return new SelectionSetNode(location, selections);
    }

    private SelectionNode ParseSelection()
    {
        if (current.Kind != TokenKind.Spread)
        {
            return ParseField();
        }

        var location = Advance().Location;
        if (current.Kind == TokenKind.Name && current.Value != "on")
        {
            return new FragmentSpreadNode(location, Advance().Value, ParseDirectives(isConst: false));
        }

        NamedTypeNode? typeCondition = null;
        if (current.Kind == TokenKind.Name)
        {
            Advance();
            typeCondition = ParseNamedType();
        }

        return new InlineFragmentNode(location, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet());
    }

    private FieldNode ParseField()
    {
        var location = current.Location;
        var nameOrAlias = ExpectName();
        string? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ExpectName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = current.Kind == TokenKind.BraceLeft ? ParseSelectionSet() : null;
        return new FieldNode(location, alias, name, arguments, directives, selectionSet);
    }

    private List<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenLeft))
        {
            return [];
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            var location = current.Location;
            var name = ExpectName();
            Expect(TokenKind.Colon);
            arguments.Add(new ArgumentNode(location, name, ParseValue(isConst)));
        }
        while (!Skip(TokenKind.ParenRight));

        return arguments;
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (current.Kind != TokenKind.At)
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (current.Kind == TokenKind.At)
        {
            var location = Advance().Location;
            directives.Add(new DirectiveNode(location, ExpectName(), ParseArguments(isConst)));
        }

        return directives;
    }

    private ValueNode ParseValue(bool isConst)
    {
        var token = current;
        switch (token.Kind)
        {
            case TokenKind.Dollar when !isConst:
                return ParseVariable();
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Location, token.Value);
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Location, token.Value);
            case TokenKind.String or TokenKind.BlockString:
                Advance();
                return new StringValueNode(token.Location, token.Value, token.Kind == TokenKind.BlockString);
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(token.Location, true),
                    "false" => new BooleanValueNode(token.Location, false),
                    "null" => new NullValueNode(token.Location),
                    _ => new EnumValueNode(token.Location, token.Value),
                };
            case TokenKind.Dollar:
                throw Unexpected("variables are not allowed in constant values");
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        var location = Advance().Location;
        Enter(location);
        var values = new List<ValueNode>();
        while (!Skip(TokenKind.BracketRight))
        {
            values.Add(ParseValue(isConst));
        }

        depth--;
        return new ListValueNode(location, values);
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var location = Advance().Location;
        Enter(location);
        var fields = new List<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceRight))
        {
            var fieldLocation = current.Location;
            var name = ExpectName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(fieldLocation, name, ParseValue(isConst)));
        }

        depth--;
        return new ObjectValueNode(location, fields);
    }

    private TypeNode ParseType()
    {
        TypeNode type;
        if (current.Kind == TokenKind.BracketLeft)
        {
            var location = Advance().Location;
            Enter(location);
            var itemType = ParseType();
            Expect(TokenKind.BracketRight);
            depth--;
            type = new ListTypeNode(location, itemType);
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type.Location, type) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var location = current.Location;
        return new NamedTypeNode(location, ExpectName());
    }

    private void Enter(SourceLocation location)
    {
        if (++depth > maxDepth)
        {
            throw new GraphQLSyntaxException($"the document is nested deeper than the limit of {maxDepth}.", location);
        }
    }

    private Token Advance()
    {
        var token = current;
        current = lexer.Next();
        return token;
    }

    private bool Skip(TokenKind kind)
    {
        if (current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (current.Kind != kind)
        {
            throw new GraphQLSyntaxException($"Expected {Describe(kind)}, found {current.Describe()}.", current.Location);
        }

        return Advance();
    }

    private string ExpectName()
    {
        if (current.Kind != TokenKind.Name)
        {
            throw new GraphQLSyntaxException($"Expected Name, found {current.Describe()}.", current.Location);
        }

        return Advance().Value;
    }

    private void ExpectKeyword(string keyword)
    {
        if (current.Kind != TokenKind.Name || current.Value != keyword)
        {
            throw new GraphQLSyntaxException($"Expected \"{keyword}\", found {current.Describe()}.", current.Location);
        }

        Advance();
    }

    private GraphQLSyntaxException Unexpected(string? reason = null)
        => new(reason is null ? $"Unexpected {current.Describe()}." : $"Unexpected {current.Describe()}: {reason}.", current.Location);

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Colon => "\":\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.BracketRight => "\"]\"",
        _ => kind.ToString(),
    };
}
