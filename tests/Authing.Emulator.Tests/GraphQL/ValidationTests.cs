using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class ValidationTests
{
    [Theory]
    [InlineData("query A { users { id } } query A { users { name } }", "There can be only one operation named \"A\".")]
    [InlineData("{ users { id } } query B { users { id } }", "This anonymous operation must be the only defined operation.")]
    [InlineData("{ nope }", "Cannot query field \"nope\" on type \"Query\".")]
    [InlineData("{ users { id { x } } }", "Field \"id\" must not have a selection since type \"ID!\" has no subfields.")]
    [InlineData("{ users }", "Field \"users\" of type \"[User!]!\" must have a selection of subfields.")]
    [InlineData("{ users { x: id x: name } }", "Fields \"x\" conflict because \"id\" and \"name\" are different fields.")]
    [InlineData("{ echo(text: \"a\") echo(text: \"b\") }", "Fields \"echo\" conflict because they have differing arguments.")]
    [InlineData("{ users { ...F } users { ...G } } fragment F on User { f: name } fragment G on User { f: email }", "Fields \"f\" conflict because \"name\" and \"email\" are different fields.")]
    [InlineData("{ echo(nope: 1) }", "Unknown argument \"nope\" on field \"Query.echo\".")]
    [InlineData("{ echo(text: \"a\", text: \"b\") }", "There can be only one argument named \"text\".")]
    [InlineData("{ user { id } }", "Field \"user\" argument \"id\" of type \"ID!\" is required, but it was not provided.")]
    [InlineData("{ user(id: null) { id } }", "Expected value of type \"ID!\", found null.")]
    [InlineData("{ echo(number: \"x\") }", "Int cannot represent non-integer value: \"x\"")]
    [InlineData("{ echo(number: 3000000000) }", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("{ echo(flag: 1) }", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("{ echo(role: NOPE) }", "Value \"NOPE\" does not exist in \"Role\" enum.")]
    [InlineData("{ echo(role: \"ADMIN\") }", "Enum \"Role\" cannot represent non-enum value: \"ADMIN\".")]
    [InlineData("{ echo(list: [1, null]) }", "Expected value of type \"Int!\", found null.")]
    [InlineData("{ echo(filter: {limit: 1, nope: 2}) }", "Field \"nope\" is not defined by type \"UserFilter\".")]
    [InlineData("{ echo(filter: {name: \"a\"}) }", "Field \"UserFilter.limit\" of required type \"Int!\" was not provided.")]
    [InlineData("{ echo(filter: 5) }", "Expected value of type \"UserFilter\", found 5.")]
    [InlineData("{ echo(filter: {limit: 1, limit: 2}) }", "There can be only one input field named \"limit\".")]
    [InlineData("{ users { id } } fragment F on User { id } fragment F on User { name }", "There can be only one fragment named \"F\".")]
    [InlineData("{ users { ...Missing } }", "Unknown fragment \"Missing\".")]
    [InlineData("{ users { ... on Nope { id } } }", "Unknown type \"Nope\".")]
    [InlineData("{ users { ...F } } fragment F on Role { id }", "Fragment \"F\" cannot condition on non composite type \"Role\".")]
    [InlineData("{ users { ... on String { id } } }", "Fragment cannot condition on non composite type \"String\".")]
    [InlineData("{ users { id } } fragment F on User { id }", "Fragment \"F\" is never used.")]
    [InlineData("{ users { ...F } } fragment F on User { friend { ...G } } fragment G on User { friend { ...F } }", "Cannot spread fragment \"F\" within itself via \"G\".")]
    [InlineData("{ users { ...F } } fragment F on User { ...F }", "Cannot spread fragment \"F\" within itself.")]
    [InlineData("{ users { ...F } } fragment F on Query { state }", "Fragment \"F\" cannot be spread here as objects of type \"User\" can never be of type \"Query\".")]
    [InlineData("{ users { ... on Query { state } } }", "Fragment cannot be spread here as objects of type \"User\" can never be of type \"Query\".")]
    [InlineData("query ($a: Int, $a: Int) { echo(number: $a) }", "There can be only one variable named \"$a\".")]
    [InlineData("query ($u: User) { state }", "Variable \"$u\" cannot be non-input type \"User\".")]
    [InlineData("query ($u: Nope) { state }", "Unknown type \"Nope\".")]
    [InlineData("{ echo(number: $n) }", "Variable \"$n\" is not defined.")]
    [InlineData("query Q { users { ...F } } fragment F on User { friend { name @include(if: $show) } }", "Variable \"$show\" is not defined by operation \"Q\".")]
    [InlineData("query Q($n: Int) { state }", "Variable \"$n\" is never used in operation \"Q\".")]
    [InlineData("query ($n: Int) { user(id: $n) { id } }", "Variable \"$n\" of type \"Int\" used in position expecting type \"ID!\".")]
    [InlineData("query ($s: String) { user(id: $s) { id } }", "Variable \"$s\" of type \"String\" used in position expecting type \"ID!\".")]
    [InlineData("query ($l: [Int]) { echo(list: $l) }", "Variable \"$l\" of type \"[Int]\" used in position expecting type \"[Int!]\".")]
    [InlineData("query ($v: Int = \"x\") { echo(number: $v) }", "Int cannot represent non-integer value: \"x\"")]
    [InlineData("{ state @nope }", "Unknown directive \"@nope\".")]
    [InlineData("query @skip(if: true) { state }", "Directive \"@skip\" may not be used on QUERY.")]
    [InlineData("{ state @skip(if: true) @skip(if: false) }", "The directive \"@skip\" can only be used once at this location.")]
    [InlineData("{ state @skip }", "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.")]
    [InlineData("mutation { nope }", "Cannot query field \"nope\" on type \"Mutation\".")]
    public async Task Invalid_document_is_refused_with_the_rule_message(string query, string expected)
    {
        var result = await GraphQLTestRunner.RunAsync(query);

        Assert.Null(result["data"]);
        var messages = result["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("query A { users { id } } query B { users { name } }")]
    [InlineData("{ users { x: id y: name } }")]
    [InlineData("{ users { name ... on User { name } ...F } } fragment F on User { name }")]
    [InlineData("{ a: echo(text: \"a\") b: echo(text: \"b\") }")]
    [InlineData("{ echo(text: \"a\") echo(text: \"a\") }")]
    [InlineData("{ echo(number: 1, ratio: 2, flag: true, id: 7, role: ADMIN, list: 3, filter: {limit: 1}) }")]
    [InlineData("{ echo(text: null, list: [1, 2], filter: {limit: 1, role: null, name: \"\"\"block\"\"\"}) }")]
    [InlineData("query ($n: Int = 5) { user(id: 1) { id } echo(number: $n) }")]
    [InlineData("query ($flag: Boolean = true) { state @include(if: $flag) }")]
    [InlineData("query ($id: ID = 1) { user(id: $id) { ...F } } fragment F on User { friend { id } }")]
    [InlineData("query ($l: [Int!]) { echo(list: $l) }")]
    [InlineData("query ($s: String) { echo(withDefault: $s) }")]
    [InlineData("{ users { ... { id } ... @include(if: true) { name } } __typename }")]
    [InlineData("{ state @skip(if: false) @include(if: true) }")]
    [InlineData("{ __schema { queryType { name } } __type(name: \"User\") { name } }")]
    public async Task Valid_document_passes_validation(string query)
    {
        var result = await GraphQLTestRunner.RunAsync(query);

        var errors = result["errors"]?.AsArray() ?? [];
        Assert.DoesNotContain(errors, e => e!["locations"] is JsonArray);
    }

    [Fact]
    public async Task Validation_errors_carry_locations()
    {
        var result = await GraphQLTestRunner.RunAsync("{\n  users {\n    nope\n  }\n}");

        var location = result["errors"]![0]!["locations"]![0]!;
        Assert.Equal(3, location["line"]!.GetValue<int>());
        Assert.Equal(5, location["column"]!.GetValue<int>());
    }

    [Fact]
    public async Task Validation_stops_at_the_error_limit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 50).Select(i => $"nope{i}")) + " }";

        var result = await GraphQLTestRunner.RunAsync(query, limits: new Authing.Emulator.GraphQL.GraphQLLimits { MaxErrors = 10 });

        var errors = result["errors"]!.AsArray();
        Assert.Equal(11, errors.Count);
        Assert.Contains("Too many validation errors", errors[10]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
