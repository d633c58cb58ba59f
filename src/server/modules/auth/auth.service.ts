import type {
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  UpdateProfileInput,
  User,
} from "../../../domain/auth.schemas.ts";
import type { WorkspaceRole } from "../../../domain/roles.ts";
import { errors } from "../../errors.ts";
import type { AuthRepository, UserRow } from "./auth.repository.ts";
import type { LoginThrottle } from "./login-throttle.ts";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

const touchEveryMs = 60_000;

/** A user's membership of one workspace, as the authorisation policy needs it. */
export interface WorkspaceMembership {
  id: string;
  slug: string;
  name: string;
  role: WorkspaceRole;
}

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, displayName: row.displayName };
}

export function createAuthService(
  repo: AuthRepository,
  throttle: LoginThrottle,
  policy: SessionPolicy,
  now: () => Date = () => new Date(),
) {
  async function startSession(userId: string): Promise<string> {
    const token = newToken();
    const startedAt = now();
    const expiresAt = new Date(startedAt.getTime() + policy.absoluteHours * 3_600_000);
    await repo.insertSession({ tokenHash: hashToken(token), userId, startedAt, expiresAt });
    return token;
  }

  /** False (and the session ended) when it is idle or past its end; otherwise touches it now and then. */
  async function keepAlive(
    tokenHash: string,
    session: { lastSeenAt: Date; expiresAt: Date },
  ): Promise<boolean> {
    const at = now();
    const idleLimit = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
    if (session.expiresAt <= at || idleLimit <= at.getTime()) {
      await repo.deleteSession(tokenHash);
      return false;
    }
    if (at.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
      await repo.touchSession(tokenHash, at);
    }
    return true;
  }

  return {
    async createUser(input: CreateUserInput): Promise<User> {
      const row = await repo.insertUser({
        email: input.email,
        displayName: input.displayName ?? input.email.split("@")[0]!,
        passwordHash: await hashPassword(input.password),
      });
      if (!row) throw errors.emailTaken();
      return toUser(row);
    },

    /** Checks credentials and starts a fresh session; an earlier session token is discarded. */
    async login(
      input: LoginInput,
      ip: string,
      previousToken?: string,
    ): Promise<{ user: User; token: string }> {
      const wait = throttle.attempt(ip, input.email);
      if (wait > 0) throw errors.tooManyRequests(wait);
      const row = await repo.findUserByEmail(input.email);
      const valid = row
        ? await verifyPassword(row.passwordHash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!row || !valid) throw errors.invalidCredentials();
      throttle.recordSuccess(ip, input.email);
      if (previousToken) await repo.deleteSession(hashToken(previousToken));
      return { user: toUser(row), token: await startSession(row.id) };
    },

    startSession,

    async logout(token: string): Promise<void> {
      await repo.deleteSession(hashToken(token));
    },

    /** The user behind a session token, or null when it is unknown, idle or past its end. */
    async authenticate(token: string): Promise<User | null> {
      const tokenHash = hashToken(token);
      const found = await repo.findSession(tokenHash);
      return found && (await keepAlive(tokenHash, found.session)) ? toUser(found.user) : null;
    },

    /**
     * Like `authenticate`, and also the user's membership of the workspace `slug` (null when the
     * workspace does not exist or the user is not a member), found in the same query.
     */
    async authenticateInWorkspace(
      token: string,
      slug: string,
    ): Promise<{ user: User; membership: WorkspaceMembership | null } | null> {
      const tokenHash = hashToken(token);
      const found = await repo.findSessionInWorkspace(tokenHash, slug);
      if (!found || !(await keepAlive(tokenHash, found.session))) return null;
      return { user: toUser(found.user), membership: found.membership };
    },

    /**
     * Checks a logged-in user's password again before an irreversible step (deleting the
     * account); counted by the same throttle as logins, so it cannot be used to guess.
     */
    async confirmPassword(user: User, password: string, ip: string): Promise<void> {
      const wait = throttle.attempt(ip, user.email);
      if (wait > 0) throw errors.tooManyRequests(wait);
      const row = await repo.findUserById(user.id);
      if (!row || !(await verifyPassword(row.passwordHash, password))) {
        throw errors.wrongPassword();
      }
      throttle.recordSuccess(ip, user.email);
    },

    /**
     * Changes the user's own name or e-mail address. A different e-mail address needs the
     * current password (it is the login); one of another account is refused.
     */
    async updateProfile(user: User, input: UpdateProfileInput, ip: string): Promise<User> {
      const newEmail = input.email !== undefined && input.email !== user.email;
      if (newEmail) {
        if (!input.currentPassword) {
          throw errors.validation([
            { path: "body.currentPassword", message: "required to change the e-mail address" },
          ]);
        }
        await this.confirmPassword(user, input.currentPassword, ip);
      }
      const changes = {
        ...(input.displayName !== undefined && { displayName: input.displayName }),
        ...(newEmail && { email: input.email }),
      };
      if (!Object.keys(changes).length) return user;
      const row = await repo.updateUser(user.id, changes);
      if (!row) throw errors.emailTaken();
      return toUser(row);
    },

    /**
     * Sets a new password after the current one is given, and ends every other login session of
     * the user (a browser left logged in elsewhere is logged out); `currentToken`'s stays.
     */
    async changePassword(
      user: User,
      input: ChangePasswordInput,
      ip: string,
      currentToken: string | undefined,
    ): Promise<void> {
      await this.confirmPassword(user, input.currentPassword, ip);
      const keep = currentToken ? hashToken(currentToken) : undefined;
      await repo.setPassword(user.id, await hashPassword(input.newPassword), keep);
    },

    /** Creates the user, or resets the password of an existing one (CLI and demo). */
    async upsertUser(input: CreateUserInput): Promise<User> {
      const existing = await repo.findUserByEmail(input.email);
      if (!existing) return this.createUser(input);
      await repo.setPassword(existing.id, await hashPassword(input.password));
      return toUser(existing);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
