using Authing.Samples.Mvc.Infrastructure;

namespace Authing.Samples.Tests.Mvc;

public sealed class AuthingDatesTests
{
    [Theory]
    [InlineData("Tue Oct 17 2017 21:02:01 GMT+0800 (CST)", "2017-10-17 21:02 +08:00")]
    [InlineData("Tue Oct 17 2017 21:02:01 GMT+0800", "2017-10-17 21:02 +08:00")]
    [InlineData("2017-10-17T13:02:01Z", "2017-10-17 13:02 +00:00")]
    [InlineData("not a date", "not a date")]
    [InlineData(null, "")]
    [InlineData(" ", "")]
    public void Shows_authing_dates_to_the_minute(string? value, string expected) =>
        Assert.Equal(expected, AuthingDates.Display(value));
}
