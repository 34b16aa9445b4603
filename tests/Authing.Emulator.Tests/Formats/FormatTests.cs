using Authing.Emulator.Formats;

namespace Authing.Emulator.Tests.Formats;

public sealed class FormatTests
{
    private static readonly DateTimeOffset Instant = new(2017, 10, 17, 13, 2, 1, TimeSpan.Zero);

    [Fact]
    public void Dates_are_written_like_javascript_in_china_standard_time()
        => Assert.Equal("Tue Oct 17 2017 21:02:01 GMT+0800 (CST)", JsDate.Format(Instant));

    [Theory]
    [InlineData("Tue Oct 17 2017 21:02:01 GMT+0800 (CST)")]
    [InlineData("2017-10-17T13:02:01Z")]
    [InlineData("1508245321")]
    [InlineData("1508245321000")]
    public void Dates_are_read_in_the_forms_clients_send(string text)
    {
        Assert.True(JsDate.TryParse(text, out var parsed));
        Assert.Equal(Instant, parsed);
    }

    [Fact]
    public void Object_ids_are_24_hex_and_start_with_the_timestamp()
    {
        var id = ObjectId.New(Instant);

        Assert.True(ObjectId.IsValid(id));
        Assert.Equal(Instant.ToUnixTimeSeconds(), Convert.ToInt64(id[..8], 16));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5f1e2d3c4b5a697887960a1")]
    [InlineData("5f1e2d3c4b5a697887960a1g")]
    public void Malformed_object_ids_are_invalid(string? value) => Assert.False(ObjectId.IsValid(value));
}
