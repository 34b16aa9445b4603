using Authing.Emulator.Ldap;

namespace Authing.Emulator.Tests.Ldap;

/// <summary>RFC 4515 escaping of login names put into search filters.</summary>
public sealed class LdapFilterTests
{
    [Theory]
    [InlineData("tesla", "tesla")]
    [InlineData("*", @"\2a")]
    [InlineData("*)(uid=*", @"\2a\29\28uid=\2a")]
    [InlineData("admin)(|(password=*", @"admin\29\28|\28password=\2a")]
    [InlineData(@"Lu\cic", @"Lu\5ccic")]
    [InlineData("a\0b", @"a\00b")]
    [InlineData("Lučić", "Lučić")]
    public void Escape_encodes_the_filter_metacharacters(string value, string expected)
        => Assert.Equal(expected, LdapFilter.Escape(value));

    [Fact]
    public void Format_puts_the_escaped_name_in_every_placeholder()
        => Assert.Equal(@"(|(uid=\2a)(mail=\2a))", LdapFilter.Format("(|(uid={0})(mail={0}))", "*"));
}
