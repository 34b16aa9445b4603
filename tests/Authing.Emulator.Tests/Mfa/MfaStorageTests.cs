using Authing.Emulator.Errors;
using Authing.Emulator.Keys;
using Authing.Emulator.Mfa;
using Authing.Emulator.Pools;
using Authing.Emulator.Tests.Infrastructure;
using Authing.Emulator.Users;

namespace Authing.Emulator.Tests.Mfa;

public sealed class MfaStorageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "authing-emulator-mfa-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Mfa_state_survives_a_restart()
    {
        MfaSettings before;
        using (var first = new EmulatorFactory { DataFolder = folder })
        {
            string userId = await RegisterAsync(first, "keep-mfa@example.com");
            before = await first.Service<MfaService>().ChangeAsync(EmulatorFactory.PoolId, userId, enable: true, refreshKey: false, CancellationToken.None);
        }

        using var second = new EmulatorFactory { DataFolder = folder };
        MfaSettings after = await second.Service<MfaService>().FindAsync(before.Id, CancellationToken.None);

        Assert.Equal(before, after);
        Assert.True(after.Enable);
    }

    [Fact]
    public async Task Removing_a_user_removes_its_mfa_record()
    {
        using var emulator = new EmulatorFactory();
        string userId = await RegisterAsync(emulator, "gone@example.com");
        MfaSettings settings = await emulator.Service<MfaService>().GetAsync(EmulatorFactory.PoolId, userId, CancellationToken.None);
        UserPool pool = emulator.Service<UserPoolDirectory>().Get(EmulatorFactory.PoolId);

        await emulator.Service<UserService>().RemoveAsync(pool, [userId], CancellationToken.None);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => emulator.Service<MfaService>().FindAsync(settings.Id, CancellationToken.None));
        Assert.Equal(AuthingErrors.MfaNotFound, failure.Error);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> RegisterAsync(EmulatorFactory emulator, string email)
    {
        string publicKey = emulator.Service<EmulatorKeys>().PublicKeyPem;
        EmulatorUser user = await emulator.Service<UserService>().RegisterAsync(
            new RegisterRequest { PoolId = EmulatorFactory.PoolId, Email = email, Password = PasswordEncryption.Encrypt(publicKey, "pw") },
            null,
            CancellationToken.None);
        return user.Id;
    }
}
