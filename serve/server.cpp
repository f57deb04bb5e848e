#include "server.h"

#include <sys/socket.h>

#include <chrono>
#include <ctime>
#include <mutex>
#include <optional>

#include <httplib.h>

#include "handles.h"
#include "routes.h"

namespace segugio::serve {
namespace {

// No inline script or style anywhere: the page's script and stylesheet come from
// /assets/, and nothing is loaded from elsewhere.
constexpr const char* kPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// When this thread's request was routed; unset for a request httplib refused before
// routing (a line or header too long), whose time is then not known.
thread_local std::optional<std::chrono::steady_clock::time_point> request_start;

std::string now_utc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

// A request target as one printable log field: control bytes escaped, long ones cut.
std::string printable(std::string_view text) {
  constexpr std::size_t kMax = 300;
  std::string out;
  for (unsigned char c : text.substr(0, kMax)) {
    if (c < 0x20 || c == 0x7f) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (text.size() > kMax) out += "...";
  return out;
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions o, std::ostream& l) : options(std::move(o)), log(l), handles(options.db), context{handles, options.limits} {}
  ServerOptions options;
  std::ostream& log;
  std::mutex log_mutex;
  Handles handles;
  Context context;
  httplib::Server http;
};

Server::Server(ServerOptions options, std::ostream& log) : impl_(std::make_unique<Impl>(std::move(options), log)) {
  auto& http = impl_->http;
  const ServerOptions& o = impl_->options;
  const std::size_t threads = o.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_read_timeout(o.read_timeout_s, 0);
  http.set_write_timeout(o.write_timeout_s, 0);
  http.set_keep_alive_timeout(o.keep_alive_s);
  http.set_keep_alive_max_count(100);
  http.set_payload_max_length(o.max_body_bytes);
  // httplib's default also sets SO_REUSEPORT, which lets a second server bind the same
  // port and silently share its connections; a taken port must be an error instead.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_default_headers({{"Content-Security-Policy", kPolicy},
                            {"X-Content-Type-Options", "nosniff"},
                            {"X-Frame-Options", "DENY"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cache-Control", "no-store"}});
  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  if (o.log_requests) {
    http.set_logger([impl = impl_.get()](const httplib::Request& req, const httplib::Response& res) {
      char time[32] = "- ms";
      if (request_start) {
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *request_start).count();
        std::snprintf(time, sizeof time, "%.1f ms", ms);
        request_start.reset();
      }
      std::lock_guard lock(impl->log_mutex);
      impl->log << now_utc() << ' ' << printable(req.method) << ' ' << printable(req.target) << ' ' << res.status
                << ' ' << time << std::endl;
    });
  }
  add_routes(http, impl_->context);
}

Server::~Server() = default;

bool Server::bind(std::string& error) {
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    port_ = impl_->http.bind_to_any_port(o.host);
    if (port_ <= 0) {
      error = "cannot listen on " + o.host + ": no free port or a bad address";
      return false;
    }
  } else if (!impl_->http.bind_to_port(o.host, o.port)) {
    error = "cannot listen on " + o.host + ":" + std::to_string(o.port) + " (in use, or not an address of this machine)";
    return false;
  } else {
    port_ = o.port;
  }
  return true;
}

bool Server::listen() { return impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace segugio::serve
