// Exact facet counts however many values an article holds: an article with 300
// distinct places and 100 persons among others, counted on one database, on two local
// shards and on two xapian-tcpsrv shards, sorted by relevance and by date; every count
// must equal the count recomputed from the stored entities of the matching articles.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "process.h"
#include "search/searcher.h"
#include "test_db.h"

namespace segugio::search {
namespace {

using Counts = std::map<std::string, std::map<std::string, Xapian::doccount>>;  // facet -> id -> count

// 40 articles: the first holds 300 places and 100 persons; the others share some of
// them, so that counts above 1 sit in deep slots of the big article and in shallow
// slots of the small ones. Every third article says "speciale".
std::vector<test::TestArticle> crowded_articles() {
  std::vector<test::TestArticle> articles;
  for (int a = 0; a < 40; ++a) {
    test::TestArticle t;
    t.id = "art-" + std::to_string(a);
    t.title = "Notizia " + std::to_string(a);
    t.date = "2023-" + std::string(a % 12 < 9 ? "0" : "") + std::to_string(a % 12 + 1) + "-" +
             std::to_string(10 + a % 18);
    t.source = a % 2 ? "Agenzia" : "Quotidiano";
    t.text = std::string("Una notizia") + (a % 3 == 0 ? " speciale" : "") + " dal mondo.";
    const int places = a == 0 ? 300 : 5 + a % 7;
    const int persons = a == 0 ? 100 : 2 + a % 5;
    for (int i = 0; i < places; ++i) {
      const int p = a == 0 ? i : (a * 37 + i * 53) % 320;
      t.entities.push_back({"place", "luogo" + std::to_string(p) + "@IT", "Luogo " + std::to_string(p), 1});
    }
    for (int i = 0; i < persons; ++i) {
      const int p = a == 0 ? i : (a * 11 + i * 29) % 120;
      t.entities.push_back({"person", "persona " + std::to_string(p), "Persona " + std::to_string(p), 1});
    }
    t.entities.push_back({"country", a % 4 ? "IT" : "FR", a % 4 ? "Italia" : "Francia", 1});
    articles.push_back(std::move(t));
  }
  return articles;
}

// A TCP port nobody listens on now (the kernel's choice for port 0).
int free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
  close(s);
  return ntohs(addr.sin_port);
}

// xapian-tcpsrv serving PATH on 127.0.0.1, under a hard timeout, stopped by its PID.
class TcpServer {
 public:
  explicit TcpServer(const std::string& path) : port_(free_port()) {
    process_ = std::make_unique<test::ChildProcess>(std::vector<std::string>{
        "/usr/bin/timeout", "300", "/usr/bin/xapian-tcpsrv", "--interface", "127.0.0.1", "--port",
        std::to_string(port_), path});
    for (int attempt = 0; attempt < 100; ++attempt) {  // up to 10 s for it to listen
      try {
        Xapian::Remote::open("127.0.0.1", static_cast<unsigned>(port_), 1000).get_doccount();
        return;
      } catch (const Xapian::Error&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
    ADD_FAILURE() << "xapian-tcpsrv did not start on port " << port_;
  }
  ~TcpServer() { process_->kill(SIGTERM); }
  int port() const { return port_; }

 private:
  int port_;
  std::unique_ptr<test::ChildProcess> process_;
};

// The counts recomputed from the stored entities of every article QUERY matches.
Counts stored_counts(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Counts counts;
  Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  for (auto it = all.begin(); it != all.end(); ++it) {
    auto data = nlohmann::json::parse(it.get_document().get_data());
    for (const auto& e : data["entities"]) ++counts[e["facet"].get<std::string>()][e["id"].get<std::string>()];
    if (data.contains("date")) ++counts["date"][data["date"].get<std::string>()];
  }
  return counts;
}

class ExactCounts : public ::testing::Test {
 protected:
  void SetUp() override {
    auto articles = crowded_articles();
    std::vector<test::TestArticle> even, odd;
    for (std::size_t i = 0; i < articles.size(); ++i) (i % 2 ? odd : even).push_back(articles[i]);
    whole_ = std::make_unique<test::TestDatabase>(articles);
    shard1_ = std::make_unique<test::TestDatabase>(even);
    shard2_ = std::make_unique<test::TestDatabase>(odd);
  }

  void expect_exact(const std::string& stub_path, const std::string& layout) {
    Xapian::Database reference(whole_->path());
    const std::vector<std::pair<std::string, Xapian::Query>> queries{
        {"", Xapian::Query::MatchAll}, {"speciale", Xapian::Query("speciale")}};
    Searcher searcher(stub_path);
    for (SortOrder sort : {SortOrder::Relevance, SortOrder::Date}) {
      for (const auto& [query, xquery] : queries) {
        SearchRequest request;
        request.query = query;
        request.sort = sort;
        // A page of 10: with it Xapian 1.4's remote matcher over-counts its spies when
        // the match is sorted by date (the counts then come from a pass of their own).
        request.limit = 10;
        request.facets = {Facet::person, Facet::country, Facet::place};
        request.date_facet = facets::DateGranularity::day;
        request.facet_limit = 0;
        SearchResponse response = searcher.search(request);
        const Counts expected = stored_counts(reference, xquery);
        const std::string where = layout + (sort == SortOrder::Date ? ", by date" : ", by relevance") +
                                  ", query '" + query + "'";
        ASSERT_EQ(response.facets.size(), 4u) << where;
        for (const FacetCounts& counts : response.facets) {
          std::map<std::string, Xapian::doccount> got;
          for (const FacetValue& v : counts.values) got[v.id] = v.count;
          const std::string facet(facets::counts_name(counts));
          EXPECT_EQ(got, expected.at(facet)) << where << ", facet " << facet;
        }
      }
    }
  }

  std::unique_ptr<test::TestDatabase> whole_, shard1_, shard2_;
  test::TempDir dir_;
};

TEST_F(ExactCounts, TheBigArticleHoldsEveryValueInASlot) {
  Xapian::Database db(whole_->path());
  EXPECT_EQ(db.get_metadata("segugio.slots.place"), "300");
  EXPECT_EQ(db.get_metadata("segugio.slots.person"), "100");
}

TEST_F(ExactCounts, OneDatabase) { expect_exact(whole_->path(), "one database"); }

TEST_F(ExactCounts, TwoLocalShards) {
  const auto stub = dir_ / "local.stub";
  std::ofstream(stub) << "glass " << shard1_->path() << "\nglass " << shard2_->path() << "\n";
  expect_exact(stub.string(), "two local shards");
}

TEST_F(ExactCounts, TwoRemoteShards) {
  TcpServer one(shard1_->path()), two(shard2_->path());
  const auto stub = dir_ / "remote.stub";
  std::ofstream(stub) << "remote 127.0.0.1:" << one.port() << "\nremote 127.0.0.1:" << two.port() << "\n";
  expect_exact(stub.string(), "two xapian-tcpsrv shards");
}

}  // namespace
}  // namespace segugio::search
