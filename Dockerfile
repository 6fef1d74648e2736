# One image per application, built from this repository:
#   docker build --build-arg APP=command-side -t kiosk/command-side .
#   docker build --build-arg APP=query-side   -t kiosk/query-side .
#   docker build --build-arg APP=web          -t kiosk/web .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG APP
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl ${APP} -am package

FROM eclipse-temurin:17-jre
ARG APP
RUN useradd --system --uid 10001 kiosk
USER kiosk
COPY --from=build /src/${APP}/target/${APP}-*-exec.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
