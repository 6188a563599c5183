package com.quicktakes.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, Long> {
}
