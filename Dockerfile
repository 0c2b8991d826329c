# Customs Review Hub, prod profile (external ActiveMQ and PostgreSQL). Build the jar first:
#   mvn -B -DskipTests package && docker compose up --build
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/customs-review-hub.jar /app/customs-review-hub.jar
COPY routes/ /app/routes/
COPY edi-mappings/ /app/edi-mappings/
ENV SPRING_PROFILES_ACTIVE=prod \
    HUB_ROUTES=file:/app/routes/*.camel.yaml \
    HUB_DATA_DIR=/var/lib/customs-review-hub \
    HUB_EDI_SMOOKS_CACHE_DIR=/var/lib/customs-review-hub/smooks-cache \
    OMP_THREAD_LIMIT=1
VOLUME /var/lib/customs-review-hub
ENTRYPOINT ["java", "-jar", "/app/customs-review-hub.jar"]
