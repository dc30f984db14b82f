package app.peach.bench.floor;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One entity, so that Hibernate ORM, Agroal and Flyway start as they do in Peach. */
@Entity
public class Item extends PanacheEntity {
    public String name;
}
