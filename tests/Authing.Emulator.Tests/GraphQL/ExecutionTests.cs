using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class ExecutionTests
{
    private static async Task<string> EchoAsync(string query, JsonObject? variables = null)
    {
        var result = await GraphQLTestRunner.RunAsync(query, variables);
        Assert.Null(result["errors"]);
        return result["data"]!["echo"]!.GetValue<string>();
    }

    private static async Task<string> DataAsync(string query, JsonObject? variables = null, string? operationName = null, List<string>? log = null)
    {
        var result = await GraphQLTestRunner.RunAsync(query, variables, operationName, log);
        Assert.Null(result["errors"]);
        return result["data"]!.ToJsonString();
    }

    private static async Task<string> ErrorAsync(string query, JsonObject? variables = null)
    {
        var result = await GraphQLTestRunner.RunAsync(query, variables);
        Assert.Null(result["data"]);
        return GraphQLTestRunner.FirstMessage(result);
    }

    [Fact]
    public async Task Variable_default_is_used_when_not_provided()
    {
        Assert.Equal("number=5:Int32;withDefault=fallback", await EchoAsync("query ($n: Int = 5) { echo(number: $n) }"));
    }

    [Fact]
    public async Task Variable_not_provided_leaves_the_argument_absent()
    {
        Assert.Equal("withDefault=fallback", await EchoAsync("query ($n: Int) { echo(number: $n) }"));
    }

    [Fact]
    public async Task Variable_given_null_passes_null()
    {
        Assert.Equal("number=null;withDefault=fallback", await EchoAsync("query ($n: Int) { echo(number: $n) }", new JsonObject { ["n"] = null }));
    }

    [Fact]
    public async Task Argument_default_applies_when_its_variable_is_not_provided()
    {
        Assert.Equal("withDefault=fallback", await EchoAsync("query ($s: String) { echo(withDefault: $s) }"));
    }

    [Fact]
    public async Task Variable_not_provided_leaves_the_input_field_absent()
    {
        Assert.Equal(
            "filter={limit:1:Int32,role:MEMBER};withDefault=fallback",
            await EchoAsync("query ($name: String) { echo(filter: {limit: 1, name: $name}) }"));
    }

    [Fact]
    public async Task Input_object_variable_keeps_null_apart_from_absent()
    {
        var variables = new JsonObject { ["f"] = new JsonObject { ["limit"] = 2, ["name"] = null } };

        Assert.Equal(
            "filter={limit:2:Int32,name:null,role:MEMBER};withDefault=fallback",
            await EchoAsync("query ($f: UserFilter) { echo(filter: $f) }", variables));
    }

    [Fact]
    public async Task Literal_arguments_are_coerced_to_clr_shapes()
    {
        Assert.Equal(
            "flag=True;id=7;list=[1:Int32,2:Int32];ratio=2:Double;role=ADMIN;text=hi;withDefault=fallback",
            await EchoAsync("{ echo(text: \"hi\", ratio: 2, flag: true, id: 7, role: ADMIN, list: [1, 2]) }"));
    }

    [Fact]
    public async Task Single_value_is_coerced_to_a_list()
    {
        Assert.Equal("list=[3:Int32];withDefault=fallback", await EchoAsync("query ($l: [Int!]) { echo(list: $l) }", new JsonObject { ["l"] = 3 }));
    }

    [Fact]
    public async Task Float_variable_accepts_an_integer()
    {
        Assert.Equal("ratio=2:Double;withDefault=fallback", await EchoAsync("query ($r: Float) { echo(ratio: $r) }", new JsonObject { ["r"] = 2 }));
    }

    [Fact]
    public async Task Id_variable_accepts_an_integer_as_a_string()
    {
        Assert.Equal("id=42;withDefault=fallback", await EchoAsync("query ($id: ID) { echo(id: $id) }", JsonNode.Parse("""{"id":42}""")!.AsObject()));
    }

    [Fact]
    public async Task Enum_variable_is_its_name()
    {
        Assert.Equal("role=MEMBER;withDefault=fallback", await EchoAsync("query ($r: Role) { echo(role: $r) }", new JsonObject { ["r"] = "MEMBER" }));
    }

    [Theory]
    [InlineData("query ($n: Int) { echo(number: $n) }", """{"n":3000000000}""")]
    [InlineData("query ($n: Int) { echo(number: $n) }", """{"n":1.5}""")]
    [InlineData("query ($n: Int) { echo(number: $n) }", """{"n":"1"}""")]
    [InlineData("query ($r: Role) { echo(role: $r) }", """{"r":"NOPE"}""")]
    [InlineData("query ($l: [Int!]) { echo(list: $l) }", """{"l":[1,null]}""")]
    [InlineData("query ($f: UserFilter) { echo(filter: $f) }", """{"f":{"limit":1,"nope":2}}""")]
    [InlineData("query ($f: UserFilter) { echo(filter: $f) }", """{"f":{"name":"a"}}""")]
    [InlineData("query ($b: Boolean) { echo(flag: $b) }", """{"b":"true"}""")]
    public async Task Invalid_variable_value_is_a_request_error(string query, string variables)
    {
        var message = await ErrorAsync(query, JsonNode.Parse(variables)!.AsObject());

        Assert.StartsWith("Variable \"$", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_non_null_variable_is_a_request_error()
    {
        Assert.Equal(
            "Variable \"$id\" of required type \"ID!\" was not provided.",
            await ErrorAsync("query ($id: ID!) { user(id: $id) { id } }"));
    }

    [Fact]
    public async Task Null_for_a_non_null_variable_is_a_request_error()
    {
        Assert.Contains(
            "not to be null",
            await ErrorAsync("query ($id: ID!) { user(id: $id) { id } }", new JsonObject { ["id"] = null }),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_in_non_null_field_propagates_to_the_nearest_nullable_parent()
    {
        var result = await GraphQLTestRunner.RunAsync("{ user(id: \"2\") { name emailRequired } state }");

        Assert.Equal("""{"user":null,"state":"state-1"}""", result["data"]!.ToJsonString());
        Assert.Equal("""["user","emailRequired"]""", result["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task Null_propagates_through_non_null_lists_to_data()
    {
        var result = await GraphQLTestRunner.RunAsync("{ users { emailRequired } }");

        Assert.Null(result["data"]);
        Assert.True(result.ContainsKey("data"));
        Assert.Equal("""["users",1,"emailRequired"]""", result["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task Nullable_list_items_may_be_null()
    {
        var result = await GraphQLTestRunner.RunAsync("{ numbers }");

        Assert.Null(result["errors"]);
        Assert.Equal("[1,2,null]", result["data"]!["numbers"]!.ToJsonString());
    }

    [Fact]
    public async Task Null_item_in_a_non_null_item_list_nulls_the_list()
    {
        var result = await GraphQLTestRunner.RunAsync("{ strictNumbers }");

        Assert.Null(result["data"]!["strictNumbers"]);
        Assert.Equal("""["strictNumbers",1]""", result["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task Aliases_name_the_response_keys()
    {
        Assert.Equal("""{"a":{"n":"Ann"},"b":{"name":"Bob"}}""", await DataAsync("{ a: user(id: \"1\") { n: name } b: user(id: \"2\") { name } }"));
    }

    [Fact]
    public async Task Fragments_and_inline_fragments_merge_in_document_order()
    {
        Assert.Equal("""{"user":{"name":"Ann","id":"1","email":"ann@example.com","role":"ADMIN"}}""", await DataAsync("{ user(id: \"1\") { ...F ... on User { email } id ... { role } } } fragment F on User { name id }"));
    }

    [Fact]
    public async Task Same_field_in_two_selections_merges_its_subfields()
    {
        Assert.Equal("""{"user":{"name":"Ann","email":"ann@example.com"}}""", await DataAsync("{ user(id: \"1\") { name } user(id: \"1\") { email } }"));
    }

    [Fact]
    public async Task Skip_and_include_decide_from_literals_and_variables()
    {
        Assert.Equal("""{"a":"state-1","d":"state-1"}""", await DataAsync(
            "query ($yes: Boolean!) { a: state @include(if: $yes) b: state @skip(if: $yes) c: state @include(if: false) ... @skip(if: false) { d: state } }",
            new JsonObject { ["yes"] = true }));
    }

    [Fact]
    public async Task Mutations_run_serially_in_document_order()
    {
        Assert.Equal("""{"a":["1"],"b":["1","2"],"c":["1","2","3"]}""", await DataAsync("mutation { a: append(text: \"1\") b: append(text: \"2\") c: append(text: \"3\") }", log: []));
    }

    [Fact]
    public async Task Resolver_error_keeps_its_object_message_and_path()
    {
        var result = await GraphQLTestRunner.RunAsync("{ state fail }");

        var error = result["errors"]![0]!;
        Assert.Equal("""{"code":2020,"message":"未登录"}""", error["message"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("""["fail"]""", error["path"]!.ToJsonString());
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal("""{"state":"state-1","fail":null}""", result["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Resolver_error_in_a_non_null_root_field_nulls_data()
    {
        var result = await GraphQLTestRunner.RunAsync("{ state failRequired }");

        Assert.Null(result["data"]);
        Assert.Equal("boom", GraphQLTestRunner.FirstMessage(result));
        Assert.Single(result["errors"]!.AsArray());
    }

    [Fact]
    public async Task Unexpected_exception_is_reported_without_its_details()
    {
        var result = await GraphQLTestRunner.RunAsync("{ crash }");

        Assert.Equal("Internal server error", GraphQLTestRunner.FirstMessage(result));
        Assert.DoesNotContain("secret", result.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operation_name_selects_the_operation()
    {
        Assert.Equal("""{"users":[{"id":"1"},{"id":"2"}]}""", await DataAsync("query A { state } query B { users { id } }", operationName: "B"));
    }

    [Fact]
    public async Task Several_operations_without_a_name_is_an_error()
    {
        Assert.Contains("operationName", await ErrorAsync("query A { state } query B { state }"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_operation_name_is_an_error()
    {
        Assert.Equal("Unknown operation named \"C\".", (await GraphQLTestRunner.RunAsync("query A { state }", operationName: "C"))["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Typename_names_the_object_type()
    {
        Assert.Equal("""{"__typename":"Query","user":{"__typename":"User"}}""", await DataAsync("{ __typename user(id: \"1\") { __typename } }"));
    }

    [Fact]
    public async Task Subscriptions_parse_but_are_not_executed()
    {
        Assert.Equal("This server does not support subscription operations.", await ErrorAsync("subscription { state }"));
    }

    [Fact]
    public async Task Clr_enums_serialise_as_their_names()
    {
        Assert.Equal("""{"users":[{"role":"ADMIN"},{"role":"MEMBER"}]}""", await DataAsync("{ users { role } }"));
    }

    [Fact]
    public async Task Execution_errors_stop_at_the_limit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 20).Select(i => $"f{i}: fail")) + " }";

        var result = await GraphQLTestRunner.RunAsync(query, limits: new Authing.Emulator.GraphQL.GraphQLLimits { MaxErrors = 5 });

        var errors = result["errors"]!.AsArray();
        Assert.Equal(6, errors.Count);
        Assert.StartsWith("Too many errors", errors[5]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_variable_for_a_non_null_argument_with_a_default_variable_is_a_field_error()
    {
        var result = await GraphQLTestRunner.RunAsync("query ($id: ID = \"1\") { user(id: $id) { id } }", new JsonObject { ["id"] = null });

        Assert.Null(result["data"]!["user"]);
        Assert.Equal("Argument \"id\" of non-null type \"ID!\" must not be null.", GraphQLTestRunner.FirstMessage(result));
        Assert.Equal("""["user"]""", result["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task Null_variable_in_a_nested_skip_directive_nulls_the_parent_field()
    {
        var result = await GraphQLTestRunner.RunAsync(
            "query ($v: Boolean = false) { state user(id: 1) { name @skip(if: $v) } }",
            new JsonObject { ["v"] = null });

        Assert.Equal("""{"state":"state-1","user":null}""", result["data"]!.ToJsonString());
        Assert.Equal("""["user"]""", result["errors"]![0]!["path"]!.ToJsonString());
    }
}
