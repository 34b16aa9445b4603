using Authing.Emulator.GraphQL.Language;
using Authing.Emulator.GraphQL.Language.Ast;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class ParserTests
{
    private static DocumentNode Parse(string text) => Parser.Parse(text, 40);

    [Fact]
    public void Query_shorthand_is_an_anonymous_query()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parse("{ a }").Definitions));

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name);
    }

    [Fact]
    public void Variable_definitions_have_types_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parse("query Q($a: [Int!]! = [1, 2], $b: String @dir) @op { a }").Definitions[0];

        Assert.Equal("Q", operation.Name);
        Assert.Equal("[Int!]!", operation.VariableDefinitions[0].Type.ToString());
        Assert.IsType<ListValueNode>(operation.VariableDefinitions[0].DefaultValue);
        Assert.Equal("dir", Assert.Single(operation.VariableDefinitions[1].Directives).Name);
        Assert.Equal("op", Assert.Single(operation.Directives).Name);
    }

    [Theory]
    [InlineData("mutation M { a }", "Mutation")]
    [InlineData("subscription S { a }", "Subscription")]
    [InlineData("query { a }", "Query")]
    public void Operation_types_are_parsed(string text, string expected)
    {
        Assert.Equal(expected, ((OperationDefinitionNode)Parse(text).Definitions[0]).Operation.ToString());
    }

    [Fact]
    public void Fields_carry_alias_arguments_directives_and_location()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parse("{\n  who: user(id: 1, x: $v) @include(if: true) { name }\n}").Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal("who", field.Alias);
        Assert.Equal("user", field.Name);
        Assert.Equal(["id", "x"], field.Arguments.Select(a => a.Name));
        Assert.IsType<VariableNode>(field.Arguments[1].Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name);
        Assert.NotNull(field.SelectionSet);
        Assert.Equal(new SourceLocation(2, 3), field.Location);
    }

    [Fact]
    public void Fragment_spreads_inline_fragments_and_definitions_are_parsed()
    {
        var document = Parse("{ ...F @skip(if: false) ... on User { id } ... @include(if: true) { name } } fragment F on Query { a }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name);
        Assert.Equal("User", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "Query"), (fragment.Name, fragment.TypeCondition.Name));
    }

    [Fact]
    public void Every_value_literal_is_parsed()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parse(""""
            { f(v: $x, i: -3, fl: 1.5e2, s: "s", b: """block""", t: true, f: false, n: null, e: RED, l: [1, [2]], o: {a: 1, b: {c: "d"}}) }
            """").Definitions[0]).SelectionSet.Selections[0];
        var values = field.Arguments.Select(a => a.Value).ToList();

        Assert.IsType<VariableNode>(values[0]);
        Assert.Equal("-3", Assert.IsType<IntValueNode>(values[1]).Value);
        Assert.Equal("1.5e2", Assert.IsType<FloatValueNode>(values[2]).Value);
        Assert.False(Assert.IsType<StringValueNode>(values[3]).Block);
        Assert.True(Assert.IsType<StringValueNode>(values[4]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values[5]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(values[6]).Value);
        Assert.IsType<NullValueNode>(values[7]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(values[8]).Value);
        Assert.Equal("[1, [2]]", ValuePrinter.Print(values[9]));
        Assert.Equal("{a: 1, b: {c: \"d\"}}", ValuePrinter.Print(values[10]));
    }

    [Theory]
    [InlineData("type User { id: ID }")]
    [InlineData("schema { query: Query }")]
    [InlineData("\"described\" type User { id: ID }")]
    [InlineData("extend type User { x: Int }")]
    public void Type_system_definitions_are_refused(string text)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parse(text));

        Assert.Contains("not allowed in a request", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ a", 1, 4)]
    [InlineData("{ }", 1, 3)]
    [InlineData("query Q($v) { a }", 1, 11)]
    [InlineData("fragment on on X { a }", 1, 10)]
    [InlineData("query Q($v: Int = $w) { a }", 1, 19)]
    [InlineData("{ a(x: ) }", 1, 8)]
    [InlineData("", 1, 1)]
    public void Syntax_errors_name_where_they_are(string text, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parse(text));

        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Theory]
    [InlineData("", "{a", "}", "")]
    [InlineData("{ f(v: ", "[", "]", ") }")]
    [InlineData("{ f(v: ", "{a: ", "}", ") }")]
    [InlineData("query ($v: ", "[", "]", "Int) { a }")]
    public void Nesting_1000_deep_is_refused_without_recursing(string prefix, string open, string close, string suffix)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, 1000)) + string.Concat(Enumerable.Repeat(close, 1000)) + suffix;

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parse(text));

        Assert.Contains("nested deeper than the limit of 40", error.Message, StringComparison.Ordinal);
    }
}
