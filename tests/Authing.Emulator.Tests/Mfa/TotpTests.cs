using System.Text;
using Authing.Internal;

namespace Authing.Emulator.Tests.Mfa;

public sealed class TotpTests
{
    private static readonly byte[] RfcSeed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_SHA1_test_vectors_of_RFC_6238(long unixSeconds, string expected)
    {
        long step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, Totp.Code(RfcSeed, step, digits: 8));
    }

    [Fact]
    public void Six_digit_codes_are_the_last_six_digits_of_the_eight_digit_ones()
    {
        long step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(1111111109));

        Assert.Equal("081804", Totp.Code(RfcSeed, step));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void A_code_from_one_step_of_drift_either_side_is_accepted(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        long step = Totp.StepAt(now) + offset;

        Assert.Equal(step, Totp.Match(RfcSeed, Totp.Code(RfcSeed, step), now));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void A_code_two_steps_away_is_refused(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);

        Assert.Null(Totp.Match(RfcSeed, Totp.Code(RfcSeed, Totp.StepAt(now) + offset), now));
    }

    [Fact]
    public void A_code_of_a_step_already_used_is_refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        long step = Totp.StepAt(now);

        Assert.Null(Totp.Match(RfcSeed, Totp.Code(RfcSeed, step), now, lastUsedStep: step));
        Assert.Equal(step + 1, Totp.Match(RfcSeed, Totp.Code(RfcSeed, step + 1), now, lastUsedStep: step));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Malformed_codes_are_refused(string? code)
        => Assert.Null(Totp.Match(RfcSeed, code, DateTimeOffset.FromUnixTimeSeconds(1234567890)));

    [Theory]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_follows_the_test_vectors_of_RFC_4648(string text, string encoded)
    {
        Assert.Equal(encoded, Base32.Encode(Encoding.ASCII.GetBytes(text)));
        Assert.Equal(text, Encoding.ASCII.GetString(Base32.TryDecode(encoded.ToLowerInvariant() + "=")!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MZ1W")]
    [InlineData("not base32!")]
    public void Base32_refuses_other_text(string text) => Assert.Null(Base32.TryDecode(text));
}
