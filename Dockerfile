# syntax=docker/dockerfile:1
#
# One image recipe for every service of the suite; the service is chosen at build time:
#
#   docker build --build-arg SERVICE=convention-service -t ipe-platform/convention-service:local .
#
# SERVICE is one of: gateway, convention-service, mission-service, action-service,
# stage-bank-service, reporting-service. docker-compose.yml builds all six.

ARG SERVICE

# ---------------------------------------------------------------- build
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /workspace

COPY . .

# The Maven wrapper installs Maven itself under /root/.m2/wrapper, so the cache mount keeps
# both Maven and the local repository between builds. `sharing=locked` serialises the six
# parallel builds of `docker compose build` on that cache: the local repository is not safe
# for concurrent writers.
RUN --mount=type=cache,target=/root/.m2,id=ipe-platform-m2,sharing=locked \
    set -eu; \
    case "${SERVICE:-}" in \
      gateway)            port=8080 ;; \
      convention-service) port=8081 ;; \
      mission-service)    port=8082 ;; \
      action-service)     port=8083 ;; \
      stage-bank-service) port=8084 ;; \
      reporting-service)  port=8085 ;; \
      *) echo "build arg SERVICE must be one of: gateway, convention-service, mission-service, action-service, stage-bank-service, reporting-service (got '${SERVICE:-}')" >&2; exit 1 ;; \
    esac; \
    chmod +x mvnw; \
    ./mvnw -B -q -pl "$SERVICE" -am package -DskipTests; \
    mkdir -p /out; \
    cp "$SERVICE/target/$SERVICE-exec.jar" /out/app.jar; \
    echo "$port" > /out/port

# ---------------------------------------------------------------- runtime
FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="ipe-platform/${SERVICE}"

RUN groupadd --system --gid 10001 ipe \
 && useradd --system --uid 10001 --gid ipe --home-dir /app --no-create-home --shell /usr/sbin/nologin ipe \
 && mkdir -p /app \
 && chown ipe:ipe /app

WORKDIR /app
# /app/port: the service's default HTTP port, used by the health check when PORT is not set.
COPY --from=build /out/app.jar /out/port /app/

USER 10001:10001

# curl is part of the eclipse-temurin Ubuntu images. The port is $PORT when the container sets it
# (docker-compose.yml does), else the service's own default.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=10 \
  CMD curl -fsS -o /dev/null "http://localhost:${PORT:-$(cat /app/port)}/actuator/health/readiness" || exit 1

# The heap follows the container's memory limit unless JAVA_TOOL_OPTIONS names one (the Kubernetes manifests do); a JVM
# out of memory exits, so its container is restarted rather than left half alive.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=70","-XX:+ExitOnOutOfMemoryError","-jar","/app/app.jar"]
