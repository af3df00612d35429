import type { ReactNode } from "react";
import { Navigate, NavLink, Route, Routes, useLocation } from "react-router-dom";
import { isStaff } from "./api/views";
import { useSession } from "./auth/session";
import { Bookings } from "./pages/Bookings";
import { Classes } from "./pages/Classes";
import { ForgotPassword, ResetPassword } from "./pages/PasswordReset";
import { Profile } from "./pages/Profile";
import { SignIn } from "./pages/SignIn";
import { SignUp } from "./pages/SignUp";
import { VerifyEmail } from "./pages/VerifyEmail";
import { Waitlist } from "./pages/Waitlist";
import { Wallet } from "./pages/Wallet";
import { Countries } from "./pages/admin/Countries";
import { Packages } from "./pages/admin/Packages";
import { Schedule } from "./pages/admin/Schedule";
import { Occupancy } from "./pages/staff/Occupancy";
import { RosterPage } from "./pages/staff/RosterPage";

/** Members' pages need a session; staff pages a STAFF or ADMIN role; admin pages ADMIN. */
function Guard({ need, children }: { need: "member" | "staff" | "admin"; children: ReactNode }) {
  const { user, ready } = useSession();
  const location = useLocation();
  if (!ready) return <p className="muted">Loading…</p>;
  if (!user) return <Navigate to="/signin" replace state={{ next: location.pathname + location.search }} />;
  const allowed = need === "member" || (need === "staff" ? isStaff(user) : user.role === "ADMIN");
  return allowed ? <>{children}</> : <p role="alert">This page is for studio staff.</p>;
}

export function App() {
  const { user, signOut } = useSession();
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <NavLink to="/" className="brand">classbook</NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>Classes</NavLink>
          {user && <NavLink to="/bookings">My bookings</NavLink>}
          {user && <NavLink to="/waitlist">Waitlist</NavLink>}
          {user && <NavLink to="/wallet">Wallet</NavLink>}
          {isStaff(user) && <NavLink to="/staff/schedule">Schedule</NavLink>}
          {isStaff(user) && <NavLink to="/staff/occupancy">Occupancy</NavLink>}
          {user?.role === "ADMIN" && <NavLink to="/admin/packages">Packages</NavLink>}
          {user?.role === "ADMIN" && <NavLink to="/admin/countries">Countries</NavLink>}
          {user ? (
            <>
              <NavLink to="/profile">{user.firstName}</NavLink>
              <button type="button" className="link" onClick={() => void signOut()}>Sign out</button>
            </>
          ) : (
            <>
              <NavLink to="/signin">Sign in</NavLink>
              <NavLink to="/signup">Sign up</NavLink>
            </>
          )}
        </nav>
      </header>
      <main id="main">
        <Routes>
          <Route path="/" element={<Classes />} />
          <Route path="/signin" element={<SignIn />} />
          <Route path="/signup" element={<SignUp />} />
          <Route path="/verify-email" element={<VerifyEmail />} />
          <Route path="/forgot-password" element={<ForgotPassword />} />
          <Route path="/reset-password" element={<ResetPassword />} />
          <Route path="/bookings" element={<Guard need="member"><Bookings /></Guard>} />
          <Route path="/waitlist" element={<Guard need="member"><Waitlist /></Guard>} />
          <Route path="/wallet" element={<Guard need="member"><Wallet /></Guard>} />
          <Route path="/profile" element={<Guard need="member"><Profile /></Guard>} />
          <Route path="/staff/schedule" element={<Guard need="staff"><Schedule /></Guard>} />
          <Route path="/staff/roster/:id" element={<Guard need="staff"><RosterPage /></Guard>} />
          <Route path="/staff/occupancy" element={<Guard need="staff"><Occupancy /></Guard>} />
          <Route path="/admin/packages" element={<Guard need="admin"><Packages /></Guard>} />
          <Route path="/admin/countries" element={<Guard need="admin"><Countries /></Guard>} />
          <Route path="*" element={<p role="alert">There is no such page. <NavLink to="/">See the classes</NavLink></p>} />
        </Routes>
      </main>
    </>
  );
}
