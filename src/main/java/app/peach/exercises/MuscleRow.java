package app.peach.exercises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The muscle vocabulary (migration V3). */
@Entity
@Table(name = "muscles")
public class MuscleRow {
    @Id
    String slug;
    String name;
    String region;
    @Column(name = "sort_order")
    int sortOrder;
}
